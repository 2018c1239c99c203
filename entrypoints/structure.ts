// The page's structure for a bug report (`/structure.js`), run in the active IRCC tab only when the
// user presses "Copy page structure" in the popup (entrypoints/popup/page-structure.ts), so the
// content script, on every IRCC page, does not carry the structure's vocabulary (its budget is
// 30 KB, `npm run bench`). Labels and layout only: digits and names are masked by
// lib/reader/structure.ts. Its result is what executeScript returns.
import { pageStructure } from '@/lib/reader/structure';

/** Bounded as the popup accepts it (lib/schema/reading.ts `pageStructureSchema`). */
const MAX_CHARS = 20_000;

export default defineUnlistedScript(() => pageStructure(document).slice(0, MAX_CHARS));
