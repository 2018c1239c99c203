import { UsageError, type Io } from './io';

// Placeholder until the 'read' command lands.
export async function runRead(_args: string[], _io: Io): Promise<number> {
  throw new UsageError('not implemented yet');
}
