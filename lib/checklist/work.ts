// Proof of work experience, one per period the claims rest on (the completeness check rejects an
// e-APR without it), and proof of funds: FSW and FST only, and not for a candidate authorized to
// work in Canada with a valid job offer (IRCC's proof-of-funds page).
import type { WorkPeriod } from '../facts';
import { fundsNeeded } from '../rules';
import {
  countsForCanadian,
  countsForFederal,
  countsForForeign,
  WINDOW_YEARS,
  windowBefore,
} from '../work';
import type { Context } from './context';
import type { Draft } from './draft';
import { periodRef } from './police';
import { CHECKLIST_SOURCES as SRC } from './sources';
import type { Reason } from './types';

type NotCounted = Extract<Reason, { code: 'work-not-counted' }>['because'];

/** Why a period supports no claim, or null when one rests on it. */
function notCounted(p: WorkPeriod, ctx: Context): NotCounted | null {
  const federal = ctx.program === 'FSW' || ctx.program === 'FST';
  if (countsForCanadian(p) || countsForForeign(p) || (federal && countsForFederal(p))) {
    // Experience counts within the 10 years before the invitation (CRS and FSW alike).
    const window = windowBefore(ctx.itaDate ?? ctx.today, WINDOW_YEARS.CRS);
    return (p.end ?? ctx.today) < window.from ? 'too-old' : null;
  }
  if (!p.paid) return 'unpaid';
  if (p.teer > 3) return 'not-skilled';
  if (p.fullTimeStudent) return 'student';
  return 'self-employed-in-canada';
}

export function workDrafts(ctx: Context): Draft[] {
  const work = ctx.facts.work;
  if (work === undefined) {
    ctx.missing.add('work');
    return [
      {
        id: 'employment-proof',
        for: 'candidate',
        why: { code: 'work-unknown' },
        needed: true,
        required: true,
        source: SRC.completeness,
      },
    ];
  }
  const used = new Map<string, number>();
  return work.map((p): Draft => {
    const same = `${p.start}:${p.country}`;
    const counter = (used.get(same) ?? 0) + 1;
    used.set(same, counter);
    const period = periodRef(p);
    const because = notCounted(p, ctx);
    const why: Reason =
      because !== null
        ? { code: 'work-not-counted', period, because }
        : { code: p.country === 'CA' ? 'work-canadian' : 'work-foreign', period };
    return {
      id: 'employment-proof',
      for: 'candidate',
      start: p.start,
      country: p.country,
      ...(counter > 1 ? { counter } : {}),
      why,
      needed: because === null,
      required: true,
      source: SRC.completeness,
    };
  });
}

/** Family size as IRCC counts it for funds: the facts' own, else worked out from spouse and children. */
function familySize(ctx: Context): number | null {
  const family = ctx.facts.family;
  if (family?.size !== undefined) return family.size;
  if (family?.spouse === undefined || family.children === undefined) return null;
  return 1 + (family.spouse === 'none' ? 0 : 1) + family.children;
}

export function fundsDraft(ctx: Context): Draft {
  const base = {
    id: 'proof-of-funds',
    for: 'candidate',
    required: true,
    source: SRC.funds,
  } as const;
  if (ctx.program === 'CEC') return { ...base, why: { code: 'funds-cec' }, needed: false };
  const funds = ctx.facts.funds;
  if (funds?.jobOffer === true && funds.authorizedToWork === true) {
    return { ...base, why: { code: 'funds-exempt' }, needed: false };
  }
  const size = familySize(ctx);
  const table = size === null ? null : fundsNeeded(size, ctx.submission);
  return {
    ...base,
    why: {
      code: 'funds',
      program: ctx.program,
      amount: table?.amount ?? null,
      familySize: size,
      table: table?.table ?? null,
    },
    needed: true,
  };
}
