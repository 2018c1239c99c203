// The invitation's date, program and deadline (docs/ircc-pages.md "The ITA letter"). Sentences are read
// over a few lines, since a PDF or a `<pre>` wraps them anywhere (printed-letter.html).

import { addDays, daysBetween } from '../dates/calendar';
import { findDate, findTime, utcInstant } from './dates';
import * as F from './features';
import { features } from './matcher';
import { fold } from './normalize';
import type { Page } from './page';
import { PROGRAMS, type Program, type ReadingProblem } from './types';
import { PHRASES, phrasePattern, WORDS } from './words';

export interface InvitationRead {
  date: string | null;
  program: Program | null;
  deadline: string | null;
  /** The invitation sentence was seen (one of the signs of a letter). */
  wording: boolean;
  /** A deadline sentence or label was seen, whether or not it could be settled. */
  deadlineSeen: boolean;
  problems: ReadingProblem[];
}

const opening = (entry: string) => new RegExp(`^(?:${phrasePattern(entry)})(?![a-z0-9])\\s*:?\\s*`);
const LETTER_DATE_LABEL = opening(PHRASES.letterDate);
// The program is named after the invitation's wording ("… invite you to apply … under the
// Federal Skilled Workers (FSW)").
const INVITE = new RegExp(phrasePattern(WORDS.invite));
// "invite" among the last words of a line: where the sentence may go on on the next one.
const INVITE_TAIL = /invit\S*(?:\s+\S+){0,3}\s*$/i;
const DEADLINE_LABEL = opening(PHRASES.deadlineLabel);
// The verb (matcher.ts `submit`) must come shortly before "before": news items say "applications
// received before <date>" and "tie-breaking rule: <date> … UTC" (big-page.html).
const DEADLINE_BEFORE = new RegExp(
  `(?:^|\\s)(?:${phrasePattern(PHRASES.deadlineBefore)})\\s+`,
  'g',
);
const PROGRAM_NAMES = PROGRAMS.map(
  (program) =>
    [
      program,
      new RegExp(`(?:^|[^a-z0-9])(?:${phrasePattern(PHRASES[program])})(?![a-z0-9])`),
    ] as const,
);
const DEADLINE = 'invitation.deadline';
// How many lines a wrapped sentence may take.
const SENTENCE_LINES = 3;
// The end of a sentence: the program is named before it.
const SENTENCE_END = /[.!?](?:\s|$)/;

/** The value after a label: the rest of the line, the next cell, or the next line alone. */
function labelled(page: Page, i: number, label: RegExp): { text: string; line: number } | null {
  const cells = page.cells(i);
  const first = cells[0] === undefined ? undefined : fold(cells[0]);
  if (first === undefined || first.length > 80) return null;
  const match = label.exec(first);
  if (!match) return null;
  const rest = first.slice(match[0].length);
  const others = cells.slice(1).map(fold);
  if (rest !== '') return { text: [rest, ...others].join(' '), line: i };
  if (others.length > 0) return { text: others.join(' '), line: i };
  const next = page.next(i);
  return next >= 0 && page.cells(next).length === 1 ? { text: page.flat(next), line: next } : null;
}

interface DateCandidate {
  /** `YYYY-MM-DD` readings of one written date. */
  readings: string[];
  minutes: number;
  line: number;
}

export function readInvitation(page: Page): InvitationRead {
  const { count } = page;
  const problems: ReadingProblem[] = [];

  // Letter date: "Date: July 10, 2019".
  const letterDates: DateCandidate[] = [];
  for (let i = 0; i < count; i++) {
    if (!page.has(i, F.label)) continue;
    const value = labelled(page, i, LETTER_DATE_LABEL);
    if (!value) continue;
    const found = findDate(value.text);
    if (found && found.start <= 3)
      letterDates.push({ readings: found.readings, minutes: 0, line: value.line });
  }
  let letter: string | null = null;
  const letterIsos = [...new Set(letterDates.flatMap((d) => d.readings))];
  if (letterIsos.length === 1 && letterDates[0]?.readings[0]) {
    letter = letterDates[0].readings[0];
  } else if (letterIsos.length > 1) {
    problems.push({
      code: 'date-ambiguous',
      fields: ['invitation.date'],
      values: { readings: listed(letterIsos) },
    });
  }

  // Program: named in the invitation sentence, after its wording.
  let wording = false;
  const programs = new Set<Program>();
  for (let i = 0; i < count; i++) {
    // The wording on one line, or broken after one of its words near the end of the line: news
    // items say "the round invited candidates…" mid-line (big-page.html).
    const tail = page.has(i, F.inviteWord) && INVITE_TAIL.test(page.text(i).slice(-48));
    if (!tail && !page.has(i, F.invite)) {
      continue;
    }
    const sentence = fold(page.joined(i, SENTENCE_LINES));
    const invite = INVITE.exec(sentence);
    if (!invite) continue;
    wording = true;
    const rest = sentence.slice(invite.index + invite[0].length);
    const end = SENTENCE_END.exec(rest);
    const program = programIn(end ? rest.slice(0, end.index + 1) : rest);
    if (program) programs.add(program);
  }
  let program: Program | null = null;
  if (programs.size === 1) program = [...programs][0] ?? null;
  else if (programs.size > 1) {
    problems.push({
      code: 'program-conflict',
      fields: ['invitation.program'],
      values: { programs: [...programs].join(' ') },
    });
  }

  // Deadline: "submit a complete application before 09/09/2019 12:00AM UTC", or a label.
  const deadlines = new Map<string, DateCandidate>();
  const candidate = (found: ReturnType<typeof findDate>, after: string, line: number) => {
    if (!found || found.start > 3) return;
    const minutes = findTime(after.slice(found.end)) ?? 0;
    const key = `${found.readings.join(' ')} ${minutes}`;
    if (!deadlines.has(key)) deadlines.set(key, { readings: found.readings, minutes, line });
  };
  for (let i = 0; i < count; i++) {
    if (!page.has(i, F.submit | F.label)) continue;
    if (page.has(i, F.submit)) {
      const flat = fold(page.joined(i, SENTENCE_LINES));
      for (const m of flat.matchAll(DEADLINE_BEFORE)) {
        // The verb shortly before "before" (matcher.ts `submit`).
        if ((features(flat.slice(Math.max(0, m.index - 100), m.index)) & F.submit) === 0) continue;
        const after = flat.slice(m.index + m[0].length);
        const found = findDate(after);
        if (!found || found.start > 3) continue;
        candidate(found, after, i);
        break;
      }
    }
    const value = page.has(i, F.label) ? labelled(page, i, DEADLINE_LABEL) : null;
    if (value) candidate(findDate(value.text), value.text, value.line);
  }
  // Each settled deadline: its instant and its day.
  const settled = new Map<string, string>();
  for (const found of deadlines.values()) {
    const day = settleDeadline(found, letter, problems);
    if (day) settled.set(utcInstant(day, found.minutes), day);
  }
  let deadline: string | null = null;
  const [only] = settled;
  if (settled.size === 1 && only) {
    deadline = only[0];
    if (letter !== null) {
      const expected = utcInstant(addDays(letter, 61), 0);
      const days = daysBetween(letter, only[1]);
      if (deadline !== expected && days !== 60) {
        problems.push({
          code: 'deadline-not-60-days',
          fields: [DEADLINE, 'invitation.date'],
          values: { deadline, letter, days, expected },
        });
      }
    }
  } else if (settled.size > 1) {
    problems.push({
      code: 'deadline-conflict',
      fields: [DEADLINE],
      values: { deadlines: listed([...settled.keys()]) },
    });
  }
  return {
    date: letter,
    program,
    deadline,
    wording,
    deadlineSeen: deadlines.size > 0,
    problems,
  };
}

// A numeric date like 09/10/2019 reads as September 10 or October 9. The deadline is 00:00 UTC on
// the 61st day after the letter (the 2019 letter: July 10 → 09/09/2019 12:00AM UTC), so keep the
// reading 60 to 62 days after the letter (a day's slack either side of the end of day 60).
function settleDeadline(
  { readings }: DateCandidate,
  letter: string | null,
  problems: ReadingProblem[],
): string | null {
  const only = readings.length === 1 ? readings[0] : undefined;
  if (only) return only;
  const shown = readings.join(' ');
  if (letter === null) {
    problems.push({
      code: 'deadline-ambiguous',
      fields: [DEADLINE],
      values: { readings: shown },
    });
    return null;
  }
  const fitting = readings.filter((r) => {
    const days = daysBetween(letter, r);
    return days >= 60 && days <= 62;
  });
  const fit = fitting.length === 1 ? fitting[0] : undefined;
  if (fit) return fit;
  problems.push({
    code: 'deadline-ambiguous',
    fields: [DEADLINE],
    values: { readings: shown, letter, fitting: fitting.length },
  });
  return null;
}

/** The first program named in folded `text`. */
function programIn(text: string): Program | null {
  let first: Program | null = null;
  let at = Infinity;
  for (const [program, pattern] of PROGRAM_NAMES) {
    const m = pattern.exec(text);
    if (m && m.index < at) {
      at = m.index;
      first = program;
    }
  }
  return first;
}

/** At most five values in a problem, so a page full of dates cannot flood it. */
function listed(values: readonly string[]): string {
  return values.slice(0, 5).join(' ');
}
