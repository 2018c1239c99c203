// The checklist: every document the e-APR will need, per person, from the reading (program,
// deadline, what the profile claimed), the facts and the date. Pure: time comes in as `now`.
import {
  childDrafts,
  childrenOf,
  identityDrafts,
  medicalDraft,
  relationshipDrafts,
  spouseOf,
} from './family';
import { contextOf, type ChecklistInput } from './context';
import {
  candidateEcaDraft,
  candidateLanguageDraft,
  claimDrafts,
  educationDraft,
  spouseEcaDraft,
  spouseLanguageDraft,
} from './credentials';
import { finish, type Draft } from './draft';
import { policeDrafts } from './police';
import { CHECKLIST_IDS, type Checklist, type ChecklistItem, type PersonRef } from './types';
import { fundsDraft, workDrafts } from './work';

export type { ChecklistInput } from './context';

const personRank = (person: PersonRef): number =>
  person === 'candidate' ? 0 : person === 'spouse' ? 1 : 1 + Number(person.slice('child-'.length));

const idRank = (item: ChecklistItem): number => CHECKLIST_IDS.indexOf(item.id);

/** By person (candidate, spouse, children), what is needed before what is not, then by document. */
function compare(a: ChecklistItem, b: ChecklistItem): number {
  return (
    personRank(a.for) - personRank(b.for) ||
    Number(a.status === 'not-needed') - Number(b.status === 'not-needed') ||
    idRank(a) - idRank(b) ||
    a.key.localeCompare(b.key)
  );
}

/** When one of a set of alternatives is in hand, the others are not needed. */
function settleAlternatives(items: ChecklistItem[]): ChecklistItem[] {
  const held = new Map<string, ChecklistItem>();
  for (const item of items) if (item.either && item.status === 'have') held.set(item.either, item);
  return items.map((item) => {
    const other = item.either ? held.get(item.either) : undefined;
    if (!other || other === item || item.status === 'have') return item;
    if (other.id !== 'marriage-certificate' && other.id !== 'common-law-proof') return item;
    // Not needed now: no due day, no request date, no state of its own.
    const { key, id, for: person, required, either, source } = item;
    return {
      key,
      id,
      for: person,
      status: 'not-needed',
      why: { code: 'relationship-other', other: other.id },
      required,
      ...(either !== undefined ? { either } : {}),
      source,
    };
  });
}

export function buildChecklist(input: ChecklistInput): Checklist {
  const ctx = contextOf(input);
  const drafts: Draft[] = [
    ...identityDrafts('candidate'),
    ...policeDrafts(ctx),
    ...workDrafts(ctx),
    fundsDraft(ctx),
    candidateLanguageDraft(ctx),
    ...[candidateEcaDraft(ctx)].filter((d) => d !== null),
    educationDraft(ctx),
    ...claimDrafts(ctx),
    medicalDraft(ctx),
  ];
  const spouse = spouseOf(ctx);
  if (spouse) drafts.push(...relationshipDrafts());
  if (spouse === 'accompanying') {
    drafts.push(...identityDrafts('spouse'), spouseLanguageDraft(ctx), spouseEcaDraft(ctx));
  }
  for (const child of childrenOf(ctx)) drafts.push(...childDrafts(child));
  const items = settleAlternatives(drafts.map((d) => finish(d, ctx))).sort(compare);
  return {
    today: ctx.today,
    program: ctx.program,
    deadline: ctx.deadline,
    items,
    missingFacts: [...ctx.missing],
  };
}
