// Proof of funds for FSW and FST unless authorized to work in Canada with a valid job offer; CEC is
// exempt. The family size counts the candidate, the spouse or partner and every dependent child,
// even those who are not coming. Amounts: IRCC's table effective 2025-07-07 (two secondary copies
// agree; no 2026 update found — check https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/proof-funds.html).
import { fired, needs, notApplicable, pass } from './result';
import { SOURCES } from './sources';
import { count, day, finding, num, text } from './text';
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
  name: text('Proof of funds', 'Preuve de fonds'),
  needs: ['funds.amount', 'family.size'],
  evaluate({ program, facts, submission }) {
    if (program === null) return needs([], ['invitation.program']);
    if (program !== 'FSW' && program !== 'FST') return notApplicable();
    const funds = facts.funds;
    if (funds?.jobOffer === true && funds.authorizedToWork === true) return notApplicable();
    const size = facts.family?.size;
    const amount = funds?.amount;
    if (amount === undefined || size === undefined) {
      return needs([
        ...(amount === undefined ? (['funds.amount'] as const) : []),
        ...(size === undefined ? (['family.size'] as const) : []),
      ]);
    }
    const needed = fundsNeeded(size, submission);
    if (amount >= needed.amount) return pass();
    const people = count(size, 'person');
    const exemption =
      funds?.jobOffer === undefined || funds.authorizedToWork === undefined
        ? text(
            ' You do not need to show funds if you are authorized to work in Canada and hold a valid job offer: say so on the options page if you are.',
            ' Vous n’avez pas à prouver de fonds si vous êtes autorisé à travailler au Canada et avez une offre d’emploi valide : indiquez-le dans les options si c’est le cas.',
          )
        : text('', '');
    return fired(
      finding(
        'funds-short',
        'warning',
        text('Your proof of funds is short', 'Votre preuve de fonds est insuffisante'),
        text(
          `A family of ${people.en} must show CAD ${num(needed.amount).en} (IRCC’s amounts of ${day(needed.table).en}); you entered CAD ${num(amount).en}, CAD ${num(needed.amount - amount).en} short. Without it on ${day(submission).en} the application can be refused: decline unless you can show it.${exemption.en}`,
          `Une famille de ${people.fr} doit prouver ${num(needed.amount).fr} $ CA (montants d’IRCC du ${day(needed.table).fr}) ; vous avez indiqué ${num(amount).fr} $ CA, soit ${num(needed.amount - amount).fr} $ CA de moins. Sans ce montant le ${day(submission).fr}, la demande peut être refusée : refusez si vous ne pouvez pas le prouver.${exemption.fr}`,
        ),
        SOURCES.funds,
        { fact: 'funds.amount' },
      ),
    );
  },
};
