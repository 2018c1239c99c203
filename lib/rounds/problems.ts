// What can be wrong with a download of IRCC's rounds feed, as codes and values: the popup and the
// options page say it in the user's language (lib/i18n/background-en.ts, background-fr.ts), and the
// stored cache keeps it that way. Values quoted from the feed are cut short: a broken feed must not
// fill the user's storage.

/** The feed's field a bad value was found in, named by what it means. */
export type RoundField = 'number' | 'date' | 'cutoff' | 'size';

export type RoundsProblem =
  /** The user has not granted the optional permission to read the feed's address. */
  | { code: 'permission' }
  /** No answer at all: offline, the address could not be reached, the connection dropped. */
  | { code: 'network' }
  /** No complete answer within `seconds`. */
  | { code: 'timeout'; seconds: number }
  /** IRCC's server answered with an HTTP error. */
  | { code: 'http'; status: number }
  /** The answer was larger than any real feed (`limitKb`): it was not read to the end. */
  | { code: 'too-large'; limitKb: number }
  /** A web page (HTML) came back instead of the feed's data. */
  | { code: 'web-page' }
  /** The answer is not JSON. */
  | { code: 'not-json' }
  /** JSON, but without a list of rounds in it, or with an empty one. */
  | { code: 'no-rounds' }
  /** More rounds than IRCC could have held. */
  | { code: 'too-many'; count: number; max: number }
  /** A round whose field holds something that is not what it should be. */
  | { code: 'bad-value'; position: number; round: string | null; field: RoundField; value: string }
  /** A cut-off outside the range real rounds have had. */
  | { code: 'cutoff-out-of-range'; round: string; cutoff: number; min: number; max: number }
  /** A round dated before Express Entry began, or after the day of the download. */
  | { code: 'date-out-of-range'; round: string; date: string; earliest: string; latest: string }
  /** Two rounds with the same number. */
  | { code: 'duplicate'; round: string };

export type RoundsProblemCode = RoundsProblem['code'];

/** Longest piece of the feed quoted back in a problem. */
export const QUOTE_MAX = 40;

export function quote(value: unknown): string {
  const text =
    value === undefined ? 'nothing' : typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
}
