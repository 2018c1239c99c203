// Public face of the upload preparer: scans and PDFs in, one PDF of at most the upload limit out,
// with the same code in Node (the command line, the tests) and in the extension's page.
export { pack, DEFAULT_MAX_BYTES, MIN_DPI, MAX_PAGES } from './pack';
export { A4_WIDTH_PT } from './sources';
export * from './types';
