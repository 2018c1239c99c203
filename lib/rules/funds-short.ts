// Proof of funds for FSW and FST unless authorized to work in Canada with a valid job offer; CEC is
// exempt (readiness-facts.json "proofOfFunds"). Amounts: IRCC table effective 2025-07-07
// (corroborated by two secondary copies; a 2026 update was not found — re-check on canada.ca).
import { SOURCES } from './sources';
import { finding, missingFact, num, text } from './text';
import type { Rule } from './types';

export const FUNDS_TABLES: readonly {
  from: string;
  bySize: readonly number[];
  eachAdditional: number;
}[] = [
  {
    from: '2025-07-07',
    bySize: [15263, 19001, 23360, 28362, 32168, 36280, 40392],
    eachAdditional: 4112,
  },
  {
    from: '2024-05-28',
    bySize: [14690, 18288, 22483, 27297, 30690, 34917, 38875],
    eachAdditional: 3958,
  },
  {
    from: '2023-04-25',
    bySize: [13757, 17127, 21055, 25564, 28994, 32700, 36407],
    eachAdditional: 3706,
  },
];

/** Funds needed for a family of `size` on `on` (latest table in force; the newest if later). */
export function fundsNeeded(size: number, on: string): { amount: number; table: string } {
  const table = FUNDS_TABLES.find((t) => t.from <= on) ?? FUNDS_TABLES[FUNDS_TABLES.length - 1];
  if (!table) throw new RangeError('no funds table');
  const last = table.bySize[table.bySize.length - 1] ?? 0;
  const amount =
    table.bySize[size - 1] ?? last + (size - table.bySize.length) * table.eachAdditional;
  return { amount, table: table.from };
}

export const rule: Rule = {
  id: 'funds-short',
  needs: ['funds', 'family.size'],
  evaluate({ program, facts, submission }) {
    if (program !== 'FSW' && program !== 'FST') return [];
    const funds = facts.funds;
    if (funds?.jobOffer === true && funds.authorizedToWork === true) return [];
    const size = facts.family?.size;
    if (funds?.amount === undefined) {
      return [
        missingFact(
          'funds-short',
          'funds.amount',
          text(
            `${program} candidates must show settlement funds unless they are authorized to work in Canada and hold a valid job offer.`,
            `Les candidats ${program} doivent prouver des fonds, sauf s’ils sont autorisés à travailler au Canada et ont une offre d’emploi valide.`,
          ),
          SOURCES.funds,
        ),
      ];
    }
    if (size === undefined) {
      return [
        missingFact(
          'funds-short',
          'family.size',
          text(
            'the funds needed depend on your family size (you, your spouse and all dependent children, even if not coming).',
            'les fonds exigés dépendent de la taille de la famille (vous, votre conjoint et tous les enfants à charge, même s’ils ne viennent pas).',
          ),
          SOURCES.funds,
        ),
      ];
    }
    const { amount, table } = fundsNeeded(size, submission);
    if (funds.amount >= amount) return [];
    return [
      finding(
        'funds-short',
        'warning',
        text('Proof of funds is short', 'Preuve de fonds insuffisante'),
        text(
          `A family of ${size} needs CAD ${num(amount).en} (IRCC table of ${table}); you have CAD ${num(funds.amount).en}, ${num(amount - funds.amount).en} short. Without it by ${submission} the application can be refused: decline unless you can show it.`,
          `Une famille de ${size} personne(s) doit disposer de ${num(amount).fr} $ CA (tableau d’IRCC du ${table}) ; vous avez ${num(funds.amount).fr} $ CA, soit ${num(amount - funds.amount).fr} de moins. Sans ce montant au ${submission}, la demande peut être refusée : refusez si vous ne pouvez pas le prouver.`,
        ),
        SOURCES.funds,
        { fact: 'funds.amount' },
      ),
    ];
  },
};
