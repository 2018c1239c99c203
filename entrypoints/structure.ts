// The page's structure for a bug report (`/structure.js`), run in the active IRCC tab only when the
// user presses "Copy page structure" in the popup (entrypoints/popup/page-structure.ts); the content
// script no longer carries pageStructure (issue 3: 30 KB budget). Labels and layout only: digits and
// names are masked by lib/reader/structure.ts. Its result is what executeScript returns.
import { pageStructure } from '@/lib/reader/structure';

/** Bounded as the popup accepts it (lib/schema/reading.ts `pageStructureSchema`). */
const MAX_CHARS = 20_000;

export default defineUnlistedScript(() => pageStructure(document).slice(0, MAX_CHARS));
