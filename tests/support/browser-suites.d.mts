// Types of browser-suites.mjs for the TypeScript suite (tests/e2e).
import type { BrowserContext, BrowserType } from '@playwright/test';

export { letterPage, LETTER_PAGE_NAMES, SAMPLE_LETTER } from './letter-pages.mjs';

export const ROOT: string;
export const CHROME_EXTENSION_DIR: string;
export const FIREFOX_EXTENSION_DIR: string;
export const E2E_PAGES_DIR: string;
export const READER_FIXTURES_DIR: string;
export const SCREENSHOTS_DIR: string;

export const PORTAL_ORIGIN: string;
export const FOREIGN_ORIGIN: string;
export const LETTER_PATH: string;
export const TIMEZONE: string;
export const SUITE_NOW: number;
export function suiteClockEnv(now?: number): Record<string, string>;
export function libfaketime(): string | null;
export const DECLINE_FACTS: { round: { cutoff: number } };
export function settingsIn(language: 'en' | 'fr'): {
  language: 'en' | 'fr';
  notifications: false;
  roundsRefresh: false;
};

/** A page to serve: a file's path, or HTML built by the test. */
export type PageSource = string | { html: string };
export function pageHtml(page: PageSource): string;

export type PortalAnswer =
  | { action: 'fulfill'; status: number; contentType: string; body: string }
  | { action: 'continue' }
  | { action: 'abort' };

export class FakePortal {
  readonly blocked: string[];
  serve(url: string, page: PageSource): void;
  answer(url: string): PortalAnswer;
  route(context: BrowserContext): Promise<void>;
}

export function chromiumPath(): string | null;
export function chromiumArgs(extensionDir: string, options?: { sandbox?: boolean }): string[];

export interface LaunchedChromium {
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
}
export function launchChromium(
  chromium: BrowserType,
  options: {
    executablePath: string;
    extensionDir: string;
    headless?: boolean;
    sandbox?: boolean;
    contextOptions?: Parameters<BrowserType['launchPersistentContext']>[1];
  },
): Promise<LaunchedChromium>;

export interface LetterCase {
  name: string;
  /** What to call the page in a failure message. */
  file: string;
  page: PageSource;
  path: string;
  /** null: the page does not state it, and the popup must not show a number for it. */
  total: number | null;
  deadline: string | null;
  rows: Record<string, number>;
  /** Dotted names the popup must list under `missing` (none: no `missing` section at all). */
  missing: string[];
  /** How many problems the popup must list under `problems`. */
  problems: number;
  /** Written for these tests (no external resources): any request to the network is the extension's. */
  selfContained: boolean;
}
export function letterCases(): LetterCase[];
export function readerFixtures(): { name: string; file: string; expected: unknown }[];
export function unrelatedPages(): { name: string; file: string }[];
export function standalone(value: number): RegExp;

export const WELL_FORMED_READING: {
  type: 'reading/found';
  path: string;
  reading: Record<string, unknown>;
};
export const MALFORMED_MESSAGES: readonly (readonly [string, unknown])[];

export const POPUP_SIZE: { width: number; height: number };
export const ANSWER_PARTS: readonly string[];
export const LETTER_ANSWER_PARTS: readonly string[];
export function smallestTextInPage(): { size: number; where: string };
export function allTextInPage(): string;
export interface FirstScreen {
  boxes: {
    id: string;
    box: { top: number; bottom: number; right: number; height: number } | null;
  }[];
  scrollWidth: number;
}
export function firstScreenInPage(testIds: readonly string[]): FirstScreen;
export function firstScreenProblems(screen: FirstScreen): string[];
