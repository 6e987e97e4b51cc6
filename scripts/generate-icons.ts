// Draws the app's icons (apps/web/public/icons): two overlapping circles — two people, and the space
// between them — as SVG, and as PNG at the sizes an installed web app needs. PNGs are encoded here
// with node:zlib, so no image library is needed. Run after changing the design:
// `node scripts/generate-icons.ts`.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const out = join(import.meta.dirname, "../apps/web/public/icons");
const background = [0x2c, 0x5e, 0x52] as const;
const ring = [0xf7, 0xf3, 0xee] as const;

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="112" fill="#2c5e52"/>
  <circle cx="206" cy="256" r="104" fill="none" stroke="#f7f3ee" stroke-width="34"/>
  <circle cx="306" cy="256" r="104" fill="none" stroke="#f7f3ee" stroke-width="34"/>
</svg>
`;

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** One pixel's coverage of the two rings (4×4 supersampling), over a full-bleed or rounded square. */
function png(size: number, options: { maskable: boolean }): Buffer {
  const scale = size / 512;
  const radius = options.maskable ? 0 : 112;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let inside = 0;
      let onRing = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const px = (x + (sx + 0.5) / 4) / scale;
          const py = (y + (sy + 0.5) / 4) / scale;
          // Rounded square.
          const cx = Math.min(Math.max(px, radius), 512 - radius);
          const cy = Math.min(Math.max(py, radius), 512 - radius);
          if (Math.hypot(px - cx, py - cy) > radius) continue;
          inside++;
          // A maskable icon keeps its drawing inside the middle 80%.
          const shrink = options.maskable ? 0.8 : 1;
          const qx = 256 + (px - 256) / shrink;
          const qy = 256 + (py - 256) / shrink;
          const d1 = Math.abs(Math.hypot(qx - 206, qy - 256) - 104);
          const d2 = Math.abs(Math.hypot(qx - 306, qy - 256) - 104);
          if (Math.min(d1, d2) <= 17) onRing++;
        }
      }
      const alpha = inside / 16;
      const mix = inside === 0 ? 0 : onRing / inside;
      const offset = 1 + x * 4;
      for (let channel = 0; channel < 3; channel++) {
        row[offset + channel] = Math.round((background[channel] ?? 0) * (1 - mix) + (ring[channel] ?? 0) * mix);
      }
      row[offset + 3] = Math.round(alpha * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

writeFileSync(join(out, "icon.svg"), svg);
writeFileSync(join(out, "icon-192.png"), png(192, { maskable: false }));
writeFileSync(join(out, "icon-512.png"), png(512, { maskable: false }));
writeFileSync(join(out, "maskable-512.png"), png(512, { maskable: true }));
