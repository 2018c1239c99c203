// The invitation's date, program and deadline (PORTAL.md "The ITA letter").

import {
  addDays,
  daysBetween,
  findDate,
  findTime,
  isoDate,
  utcInstant,
  type CalendarDate,
} from './dates';
import { DEADLINE_BEFORE, DEADLINE_LABEL, LETTER_DATE_LABEL } from './labels';
import { fold } from './normalize';
import { F, features, firstAfter, PROGRAMS } from './matcher';
import type { Page } from './page';
import type { Program, ReadingProblem } from './types';

export interface InvitationRead {
  date: string | null;
  program: Program | null;
  deadline: string | null;
  /** The invitation sentence was seen (one of the signs of a letter). */
  wording: boolean;
  /** A deadline sentence or label was seen, whether or not it could be settled. */
  deadlineSeen: boolean;
  used: number[];
  problems: ReadingProblem[];
}

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
  readings: CalendarDate[];
  minutes: number;
  line: number;
}

export function readInvitation(page: Page): InvitationRead {
  const { count } = page;
  const used: number[] = [];
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
  let letter: CalendarDate | null = null;
  const letterIsos = [...new Set(letterDates.flatMap((d) => d.readings.map(isoDate)))];
  used.push(...letterDates.map((d) => d.line));
  if (letterIsos.length === 1 && letterDates[0]?.readings[0]) {
    letter = letterDates[0].readings[0];
  } else if (letterIsos.length > 1) {
    problems.push({
      code: 'date-ambiguous',
      message: `The letter's date can be read as ${letterIsos.join(' or ')}; it is left unread.`,
      fields: ['invitation.date'],
    });
  }

  // Program: in the invitation sentence, which a PDF may wrap over the next lines.
  let wording = false;
  const programs = new Set<Program>();
  for (let i = 0; i < count; i++) {
    if (!page.has(i, F.invite)) continue;
    wording = true;
    const next = page.next(i);
    const after = next < 0 ? -1 : page.next(next);
    const program = programIn(page, [i, next, after]);
    if (program) {
      programs.add(program);
      used.push(i);
    }
  }
  let program: Program | null = null;
  if (programs.size === 1) program = [...programs][0] ?? null;
  else if (programs.size > 1) {
    problems.push({
      code: 'program-conflict',
      message: `The invitation names more than one program (${[...programs].join(', ')}); none is used.`,
      fields: ['invitation.program'],
    });
  }

  // Deadline: "submit a complete application before 09/09/2019 12:00AM UTC", or a label.
  const deadlines: DateCandidate[] = [];
  for (let i = 0; i < count; i++) {
    if (!page.has(i, F.submit | F.label)) continue;
    if (page.has(i, F.submit)) {
      const flat = page.flat(i);
      for (const m of flat.matchAll(DEADLINE_BEFORE)) {
        // The verb shortly before "before" (matcher.ts `submit`).
        if ((features(flat.slice(Math.max(0, m.index - 100), m.index)) & F.submit) === 0) continue;
        const after = flat.slice(m.index + m[0].length);
        const found = findDate(after);
        if (!found || found.start > 3) continue;
        deadlines.push({
          readings: found.readings,
          minutes: findTime(after.slice(found.end)) ?? 0,
          line: i,
        });
        break;
      }
    }
    const value = page.has(i, F.label) ? labelled(page, i, DEADLINE_LABEL) : null;
    const found = value ? findDate(value.text) : null;
    if (value && found && found.start <= 3) {
      deadlines.push({
        readings: found.readings,
        minutes: findTime(value.text.slice(found.end)) ?? 0,
        line: value.line,
      });
    }
  }
  const settled = new Map<string, number>();
  used.push(...deadlines.map((d) => d.line));
  for (const candidate of deadlines) {
    const instant = settleDeadline(candidate, letter, problems);
    if (instant !== null) settled.set(instant, candidate.line);
  }
  let deadline: string | null = null;
  if (settled.size === 1) {
    const [instant, line] = [...settled][0] ?? [];
    if (instant !== undefined && line !== undefined) {
      deadline = instant;
      used.push(line);
    }
  } else if (settled.size > 1) {
    problems.push({
      code: 'deadline-conflict',
      message: `The page gives more than one deadline (${listed([...settled.keys()])}); none is used.`,
      fields: ['invitation.deadline'],
    });
  }
  if (deadline !== null && letter !== null) {
    const expected = utcInstant(addDays(letter, 61), 0);
    const days = daysBetween(letter, {
      year: Number(deadline.slice(0, 4)),
      month: Number(deadline.slice(5, 7)),
      day: Number(deadline.slice(8, 10)),
    });
    if (deadline !== expected && days !== 60) {
      problems.push({
        code: 'deadline-not-60-days',
        message: `The deadline ${deadline} is ${days} days after the letter's date ${isoDate(letter)}; an invitation is valid for 60 days (expected ${expected}).`,
        fields: ['invitation.deadline', 'invitation.date'],
      });
    }
  }
  return {
    date: letter ? isoDate(letter) : null,
    program,
    deadline,
    wording,
    deadlineSeen: deadlines.length > 0,
    used,
    problems,
  };
}

// A numeric date like 09/10/2019 reads as September 10 or October 9. The deadline is 00:00 UTC on
// the 61st day after the letter (the 2019 letter: July 10 → 09/09/2019 12:00AM UTC), so keep the
// reading 60 to 62 days after the letter (a day's slack either side of the end of day 60).
function settleDeadline(
  candidate: DateCandidate,
  letter: CalendarDate | null,
  problems: ReadingProblem[],
): string | null {
  const { readings, minutes } = candidate;
  const only = readings.length === 1 ? readings[0] : undefined;
  if (only) return utcInstant(only, minutes);
  const shown = readings.map(isoDate).join(' or ');
  if (letter === null) {
    problems.push({
      code: 'deadline-ambiguous',
      message: `The deadline can be read as ${shown}, and the page has no letter date to settle it.`,
      fields: ['invitation.deadline'],
    });
    return null;
  }
  const fitting = readings.filter((r) => {
    const days = daysBetween(letter, r);
    return days >= 60 && days <= 62;
  });
  const fit = fitting.length === 1 ? fitting[0] : undefined;
  if (fit) return utcInstant(fit, minutes);
  problems.push({
    code: 'deadline-ambiguous',
    message: `The deadline can be read as ${shown}; ${fitting.length === 0 ? 'neither' : 'both'} is 60 days after the letter's date ${isoDate(letter)}, so it is left unread.`,
    fields: ['invitation.deadline'],
  });
  return null;
}

const PROGRAM_BITS: ReadonlyArray<readonly [Program, number]> = [
  ['FSW', F.fsw],
  ['FST', F.fst],
  ['CEC', F.cec],
  ['PNP', F.pnp],
];

/**
 * The first program named after the invitation wording on `lines[0]`, in that line and the two
 * after it (a PDF wraps the sentence, and may cut a program's name between two lines).
 */
function programIn(page: Page, lines: readonly number[]): Program | null {
  const sentence = lines.map((line) => page.text(line)).join(' ');
  const bits = firstAfter(sentence, F.invite, PROGRAMS);
  return PROGRAM_BITS.find(([, bit]) => (bits & bit) !== 0)?.[0] ?? null;
}

/** At most three values in a message, so a page full of dates cannot flood the popup. */
export function listed(values: readonly string[]): string {
  return values.length <= 3
    ? values.join(', ')
    : `${values.slice(0, 3).join(', ')} and ${values.length - 3} more`;
}
