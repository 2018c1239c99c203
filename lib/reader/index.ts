// Placeholder public face of the reader; the full reader replaces this.
export * from './types';
