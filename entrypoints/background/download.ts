// One bounded download: it ends within `timeoutMs` (AbortController, and a timer in case the fetch
// does not honour the signal), and reads at most `maxBytes` of the body (streamed, so a huge answer
// is cut off, not held in memory). Never throws: every failure is a problem with a code.
import type { RoundsProblem } from '@/lib/rounds';

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export type Download =
  { ok: true; body: string; contentType: string | null } | { ok: false; problem: RoundsProblem };

export interface DownloadLimits {
  maxBytes: number;
  timeoutMs: number;
}

export async function download(
  fetchFeed: Fetch,
  url: string,
  limits: DownloadLimits,
): Promise<Download> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<Download>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({
        ok: false,
        problem: { code: 'timeout', seconds: Math.ceil(limits.timeoutMs / 1000) },
      });
    }, limits.timeoutMs);
  });
  try {
    return await Promise.race([
      fetchAndRead(fetchFeed, url, limits.maxBytes, controller.signal),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function fetchAndRead(
  fetchFeed: Fetch,
  url: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Download> {
  const tooLarge: Download = {
    ok: false,
    problem: { code: 'too-large', limitKb: Math.floor(maxBytes / 1024) },
  };
  try {
    // No cookies: the feed is public, and IRCC's sign-in cookies have no business in this request.
    const response = await fetchFeed(url, { credentials: 'omit', cache: 'no-store', signal });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, problem: { code: 'http', status: response.status } };
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return tooLarge;
    }
    const body = await readAtMost(response, maxBytes);
    if (body === null) return tooLarge;
    return { ok: true, body, contentType: response.headers.get('content-type') };
  } catch {
    // Offline, refused, a connection cut mid-way, or aborted by the timer (already answered).
    return { ok: false, problem: { code: 'network' } };
  }
}

/** The body as UTF-8 text, or null as soon as it grows past `maxBytes`. */
async function readAtMost(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8').decode(bytes);
}
