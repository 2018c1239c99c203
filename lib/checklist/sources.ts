// The IRCC pages the checklist cites. The rules' own links are reused where they cover the same
// requirement, so a finding and a checklist item never point to two pages for one rule.
import { SOURCES } from '../rules';

const IRCC = 'https://www.canada.ca/en/immigration-refugees-citizenship';

export const CHECKLIST_SOURCES = {
  /**
   * IRCC's completeness check: the documents without which an e-APR is rejected as incomplete
   * (photo, passport, police certificates, proof of work, proof of funds), and no upfront medical
   * exam since October 1, 2023.
   */
  completeness: `${IRCC}/corporate/publications-manuals/operational-bulletins-manuals/permanent-residence/express-entry/applications-received-on-after-january-1-2016-completeness-check.html`,
  /** IRCC's list of the documents an Express Entry application uses. */
  documents: `${IRCC}/services/immigrate-canada/express-entry/documents.html`,
  police: SOURCES.police,
  funds: SOURCES.funds,
  /** Language results valid 2 years, an ECA 5 years (MI 2017-1 s.3(4)). */
  validity: SOURCES.ministerialInstructions2017,
  pnp: SOURCES.pnp,
} as const;
