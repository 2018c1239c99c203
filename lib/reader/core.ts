// The reading core: visible lines in, a Reading out. Shared by the DOM, text and PDF front doors.
//
// What each kind of page "should have had" (`missing`):
// - ita-letter: invitation.date, invitation.program, invitation.deadline, crs.total and all 16
//   crs.rows (the letter shows them all);
// - profile: profileNumber; and when the page shows the CRS breakdown (profile-breakdown.html),
//   crs.total and all 16 rows too. A profile that only states its score (profile-page.html) need
//   not show rows;
// - account-home: daysLeftToSubmit, only when the "Days left to submit" column is on the page
//   (no draft application, no column: nothing is missing);
// - unknown: nothing is read; a `page-not-recognised` problem says why.

import { readDaysLeft, readProfileNumber } from './account';
import { readInvitation } from './invitation';
import * as F from './features';
import { Page } from './page';
import { readScores, sumProblem } from './scores';
import {
  CRS_ROW_KEYS,
  type Language,
  type PageKind,
  type Reading,
  type ReadingProblem,
} from './types';

// A breakdown: this many rows read (the profile page's score alone is not one).
const BREAKDOWN_ROWS = 3;

/**
 * `text`: the page's visible text, one line per line, '\t' between table cells. `langAttribute`:
 * the page's `lang` (e.g. `fr-CA`), when it has one. `problems`: what the front door found wrong
 * with the page itself (too deep, styles it could not apply).
 */
export function readPage(
  text: string,
  langAttribute: string | null = null,
  pageProblems: readonly ReadingProblem[] = [],
): Reading {
  const page = new Page(text);
  const scores = readScores(page);
  const invitation = readInvitation(page);
  const daysLeft = readDaysLeft(page);
  const profile = readProfileNumber(page);
  const rowCount = Object.keys(scores.rows).length;

  // The account home's and the profile's wording (words.ts `home`, `profileWording`).
  const homeWording = (page.all & F.home) !== 0;
  const profileWording = (page.all & F.profileWording) !== 0;
  const invited =
    invitation.wording &&
    (invitation.date !== null || invitation.deadlineSeen || invitation.program !== null);
  const breakdown = rowCount >= BREAKDOWN_ROWS;
  let kind: PageKind = 'unknown';
  // A letter says it invites; the profile page shows the same breakdown without inviting
  // (profile-breakdown.html), so its wording decides before the rows do. The account home names
  // the "Express Entry profile" too, with its number (account-home.html), but shows no score.
  if (invited) kind = 'ita-letter';
  else if (breakdown) kind = profileWording ? 'profile' : 'ita-letter';
  else if (homeWording || daysLeft.seen) kind = 'account-home';
  else if (profileWording && (profile !== null || scores.total !== null)) kind = 'profile';

  const problems: ReadingProblem[] = [...pageProblems];
  const reading: Reading = {
    kind,
    language: languageOf(page, langAttribute),
    invitation: { date: null, program: null, deadline: null },
    crs: { total: null, rows: {} },
    daysLeftToSubmit: null,
    profileNumber: kind === 'unknown' ? null : profile,
    missing: [],
    problems,
  };

  if (kind === 'ita-letter' || kind === 'profile') {
    reading.crs = { total: scores.total, rows: scores.rows };
    problems.push(...scores.problems);
    const sum = sumProblem(scores.total, scores.rows, scores.unknown);
    if (sum) problems.push(sum);
  }
  if (kind === 'ita-letter') {
    reading.invitation = {
      date: invitation.date,
      program: invitation.program,
      deadline: invitation.deadline,
    };
    problems.push(...invitation.problems);
    if (invitation.date === null) reading.missing.push('invitation.date');
    if (invitation.program === null) reading.missing.push('invitation.program');
    if (invitation.deadline === null) reading.missing.push('invitation.deadline');
  }
  if (kind === 'ita-letter' || (kind === 'profile' && breakdown)) {
    if (scores.total === null) reading.missing.push('crs.total');
    for (const key of CRS_ROW_KEYS) {
      if (scores.rows[key] === undefined) reading.missing.push(`crs.rows.${key}`);
    }
  }
  if (kind === 'account-home' || kind === 'ita-letter') {
    reading.daysLeftToSubmit = daysLeft.value;
    problems.push(...daysLeft.problems);
    // Only a page with the in-progress table should have had it (account-home.html).
    if (daysLeft.seen && daysLeft.value === null) reading.missing.push('daysLeftToSubmit');
  }
  if (kind === 'profile' && reading.profileNumber === null) reading.missing.push('profileNumber');
  if (kind === 'unknown') problems.push({ code: 'page-not-recognised' });
  return reading;
}

// French when the page says so, unless its text is plainly English (and the other way round).
function languageOf(page: Page, langAttribute: string | null): Language {
  const { french, english } = page;
  const attribute = langAttribute?.toLowerCase().startsWith('fr')
    ? 'fr'
    : langAttribute?.toLowerCase().startsWith('en')
      ? 'en'
      : null;
  if (french > 2 * english + 5) return 'fr';
  if (english > 2 * french + 5) return 'en';
  return attribute ?? (french > english ? 'fr' : 'en');
}
