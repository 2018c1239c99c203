// The guard finds the portal's continue control by its words, on saved pages, and nothing else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { continueRank, findContinueControl, normalizeLabel } from '@/lib/view/continue-control';
import { LETTER_PAGE_NAMES, letterPage } from '../../support/letter-pages.mjs';

const ROOT = join(import.meta.dirname, '../../..');

// linkedom: the reader's own test DOM, quick on the big fixture page.
const html = (markup: string): ParentNode => parseHTML(markup).document;
/** A saved page by its path, or a letter page letter-pages.mjs builds by its name. */
const page = (file: string): ParentNode =>
  html(
    LETTER_PAGE_NAMES.includes(file) ? letterPage(file) : readFileSync(join(ROOT, file), 'utf8'),
  );

describe('findContinueControl on saved pages', () => {
  it.each([
    ['ita-letter-apply', 'Apply online for permanent residence'],
    ['ita-letter-apply-fr', 'Présenter une demande de résidence permanente'],
    ['tests/fixtures/pages/table-letter.html', 'Start application'],
    ['tests/fixtures/pages/account-home.html', 'Continue'],
    ['tests/fixtures/pages/account-home-fr.html', 'Poursuivre'],
    // Letters with no way forward on them, only "Back to account home" and "Continue session".
    ['samples/ita-letter.html', null],
    ['tests/fixtures/pages/french-letter.html', null],
    ['tests/fixtures/pages/unrelated-page.html', null],
    ['tests/fixtures/pages/big-page.html', null],
  ])('%s → %j', (file, expected) => {
    const control = findContinueControl(page(file));
    expect(
      control?.textContent?.trim() ?? null,
      `on ${file} the guard must stand beside ${expected === null ? 'nothing' : `"${expected}"`}; ` +
        'if the page is right, adjust the word lists in lib/view/continue-control.ts',
    ).toBe(expected);
  });

  it('prefers "Apply" to a plain "Continue" on the same page, whatever the order', () => {
    const doc = html('<a href="/x">Continue</a><button>Apply now</button>');
    expect(findContinueControl(doc)?.textContent).toBe('Apply now');
  });

  it.each([
    ['<button disabled>Apply</button>', 'a disabled control'],
    ['<div hidden><button>Apply</button></div>', 'a hidden control'],
    ['<div aria-hidden="true"><a href="/x">Continue</a></div>', 'a control hidden from everyone'],
    ['<p>Read <a href="/help">how to apply for permanent residence</a>.</p>', 'a link in prose'],
    ['<button>Decline this invitation</button>', 'the decline choice'],
  ])('ignores %s (%s)', (markup) => {
    const doc = html(markup);
    expect(findContinueControl(doc)).toBeNull();
  });

  it('reads an input button by its value', () => {
    const doc = html('<form><input type="submit" value="Accepter l’invitation"></form>');
    expect(findContinueControl(doc)?.getAttribute('value')).toBe('Accepter l’invitation');
  });
});

describe('continueRank', () => {
  it.each([
    ['Apply', 0],
    ['Apply online for permanent residence', 0],
    ['APPLY\u00a0NOW »', 0],
    ['Accept invitation', 0],
    ['Accepter l’invitation', 0],
    ['Présenter une demande', 0],
    ['presenter une demande', 0],
    ['Start application', 1],
    ['Start my e-APR', 1],
    ['Commencer la demande', 1],
    ['Continue', 2],
    ['Continue ›', 2],
    ['Continuer', 2],
    ['Poursuivre', 2],
    ['Continue session', null],
    ['Poursuivre la session', null],
    ['Decline', null],
    ['Refuser l’invitation', null],
    ['Décliner', null],
    ['Cancel', null],
    ['Back to account home', null],
    ['How to apply', null],
    ['', null],
  ])('%j → %j', (label, rank) => {
    expect(continueRank(label), `"${label}" (normalized "${normalizeLabel(label)}")`).toBe(rank);
  });
});
