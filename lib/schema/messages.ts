// Messages by direction. Each receiver parses what arrives with these schemas.
import * as z from 'zod/mini';
import { readingSchema } from './reading';

/** A URL path on IRCC's host, without query or fragment (they can carry identifiers). */
const portalPath = z.string().check(z.regex(/^\/[^?#\s]{0,300}$/));

/** Content script (on IRCC's host) → background. */
export const contentToBackgroundSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('reading/found'),
    path: portalPath,
    // The reading only: a page's structure is asked for by the popup when the user wants
    // it (entrypoints/structure.ts), never sent with a reading.
    reading: readingSchema,
  }),
]);
export type ContentToBackground = z.infer<typeof contentToBackgroundSchema>;

/** Extension pages (popup, options) → background. */
export const pageToBackgroundSchema = z.discriminatedUnion('type', [
  /** Download IRCC's rounds feed now (the user pressed the button; it asked for the permission). */
  z.strictObject({ type: z.literal('rounds/refresh') }),
  /** A letter the user imported on the options page (PDF or saved HTML page). */
  z.strictObject({
    type: z.literal('reading/imported'),
    fileName: z.string().check(z.minLength(1), z.maxLength(300)),
    reading: readingSchema,
  }),
]);
export type PageToBackground = z.infer<typeof pageToBackgroundSchema>;

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
