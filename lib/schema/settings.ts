// The user's settings, as stored.
import * as z from 'zod/mini';

export const settingsSchema = z.strictObject({
  /** `auto` follows the browser's language. */
  language: z.enum(['auto', 'en', 'fr']),
  /** Reminders as system notifications: only when the user turns them on. */
  notifications: z.boolean(),
  /** Refresh the rounds from IRCC's public feed: only when the user turns it on. */
  roundsRefresh: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  notifications: false,
  roundsRefresh: false,
};
