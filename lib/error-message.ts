// What a caught error says, in one line of text: its message, or the thrown value itself.
export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
