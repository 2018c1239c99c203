// What every part of a plan reads, built once.
import type { CrsProfile } from '../crs';
import type { Facts } from '../facts';
import type { Needs } from './needs';
import type { Baseline } from './rescore';

export interface PlanContext {
  facts: Facts;
  itaDate: string;
  /** The user's local date: the earliest any change can happen, and the day of `ifDeclined`. */
  today: string;
  /** The profile the corrected CRS scored (placeholders where facts are absent). */
  profile: CrsProfile;
  base: Baseline;
  cutoff: number | null;
  needs: Needs;
}
