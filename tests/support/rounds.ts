// A round the tests know by heart: round 447 of October 1, 2026, as IRCC published it on the rounds
// page (https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds.html)
// and as the bundled snapshot holds it. The snapshot test checks it against rounds-data.json; the
// refresh tests start from it as a round already downloaded.
import type { Round } from '@/lib/rounds';

export const ROUND_447: Round = {
  number: '447',
  date: '2026-10-01',
  name: 'Trades Occupations, 2026-Version 3',
  cutoff: 476,
  size: 3500,
  programs:
    'Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program',
  category: 'trade',
};
