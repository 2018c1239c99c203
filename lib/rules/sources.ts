// IRCC pages each rule cites: the page that states the rule, where the user can read it.
const IRCC = 'https://www.canada.ca/en/immigration-refugees-citizenship';
export const SOURCES = {
  crsCriteria: `${IRCC}/services/immigrate-canada/express-entry/check-score/crs-criteria.html`,
  calculator: `${IRCC}/services/immigrate-canada/express-entry/check-score.html`,
  rounds: `${IRCC}/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds.html`,
  // MI 2017-1 s.3(4): language results or an ECA "two/five or more years old".
  ministerialInstructions2017: `${IRCC}/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/amending-express-entry-system-2017.html`,
  applyPr: `${IRCC}/services/immigrate-canada/express-entry/apply-permanent-residence.html`,
  cec: `${IRCC}/services/immigrate-canada/express-entry/who-can-apply/canadian-experience-class.html`,
  fsw: `${IRCC}/services/immigrate-canada/express-entry/who-can-apply/federal-skilled-workers.html`,
  fst: `${IRCC}/services/immigrate-canada/express-entry/who-can-apply/federal-skilled-trades.html`,
  funds: `${IRCC}/services/immigrate-canada/express-entry/documents/proof-funds.html`,
  categories: `${IRCC}/services/immigrate-canada/express-entry/submit-profile/rounds-invitations/category-based-selection.html`,
  police: 'https://www.cic.gc.ca/english/helpcentre/answer.asp?qnum=1143&top=29',
  pnp: `${IRCC}/services/immigrate-canada/provincial-nominees.html`,
} as const;
