import { UsageError, type Io } from './io';

// Placeholder until the 'score' command lands.
export async function runScore(_args: string[], _io: Io): Promise<number> {
  throw new UsageError('not implemented yet');
}
