// IRCC's secure account: the only host the extension reads (docs/ircc-pages.md "Where the pages live").
export const PORTAL_ORIGIN = 'https://onlineservices-servicesenligne.cic.gc.ca';
export const PORTAL_MATCHES = [`${PORTAL_ORIGIN}/*`];

/** IRCC's public rounds feed (cut-off scores), fetched only when the user turns refresh on. */
export const ROUNDS_FEED_MATCH =
  'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_*.json';
