// Draws the extension's icon (a maple-red rounded square with a white check mark) into
// public/icon/<size>.png. Run once when the design changes: `node scripts/make-icons.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
// Distance from p to the segment a–b.
function segment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
function icon(size) {
  const samples = 4;
  return png(size, (x, y) => {
    let inside = 0;
    let mark = 0;
    for (let i = 0; i < samples; i++)
      for (let j = 0; j < samples; j++) {
        const u = (x + (i + 0.5) / samples) / size;
        const v = (y + (j + 0.5) / samples) / size;
        const r = 0.2;
        const qx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
        const qy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
        if (Math.hypot(qx, qy) <= r) {
          inside++;
          const d = Math.min(
            segment(u, v, 0.26, 0.52, 0.43, 0.7),
            segment(u, v, 0.43, 0.7, 0.76, 0.32),
          );
          if (d <= 0.075) mark++;
        }
      }
    const n = samples * samples;
    const m = mark / Math.max(inside, 1);
    // #b3202a (AA contrast with white) blended with white for the mark.
    const mix = (c) => Math.round(c + (255 - c) * m);
    return [mix(0xb3), mix(0x20), mix(0x2a), Math.round((255 * inside) / n)];
  });
}
mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, icon(size));
console.log('wrote public/icon/{16,32,48,96,128}.png');
