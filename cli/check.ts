import { UsageError, type Io } from './io';

// Placeholder until the 'check' command lands.
export async function runCheck(_args: string[], _io: Io): Promise<number> {
  throw new UsageError('not implemented yet');
}
