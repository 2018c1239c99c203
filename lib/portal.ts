// IRCC's secure account: the only host the extension reads (PORTAL.md "Where").
export const PORTAL_ORIGIN = 'https://onlineservices-servicesenligne.cic.gc.ca';
export const PORTAL_MATCHES = [`${PORTAL_ORIGIN}/*`];
