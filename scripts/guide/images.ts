/**
 * Screenshots are written only when they look different: pixelmatch compares
 * the new capture with the committed one, so a rerun on an unchanged portal
 * leaves the files (and git) alone even if an encoder or anti-aliasing shifts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** pixelmatch's per-pixel colour tolerance (0–1); 0.1 is its default and ignores anti-aliasing noise. */
const PIXEL_THRESHOLD = 0.1;
/** A changed label moves hundreds of pixels; a handful is rendering noise. */
const MAX_CHANGED_PIXELS = 20;

export type ImageVerdict = 'new' | 'changed' | 'unchanged';

export function compareImage(file: string, capture: Buffer, notice: string): ImageVerdict {
  if (!existsSync(file)) return 'new';
  const before = readFileSync(file);
  // Chromium encodes the same pixels to the same bytes: the usual rerun needs no decoding at all.
  if (before.equals(capture)) return 'unchanged';
  if (pngText(before) !== notice) return 'changed';
  const a = PNG.sync.read(before);
  const b = PNG.sync.read(capture);
  if (a.width !== b.width || a.height !== b.height) return 'changed';
  const differing = pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: PIXEL_THRESHOLD });
  return differing > MAX_CHANGED_PIXELS ? 'changed' : 'unchanged';
}

const SIGNATURE_LENGTH = 8;
const KEYWORD = 'Comment';

/**
 * Adds a tEXt chunk saying where the image comes from, right after IHDR (the
 * PNG spec allows tEXt anywhere between IHDR and IEND).
 */
export function withPngText(png: Buffer, text: string): Buffer {
  if (!/^[\x20-\x7e]*$/.test(text)) throw new Error(`PNG comments here are plain ASCII; got ${JSON.stringify(text)}`);
  const ihdrEnd = SIGNATURE_LENGTH + 12 + png.readUInt32BE(SIGNATURE_LENGTH);
  const type = Buffer.from('tEXt', 'latin1');
  const data = Buffer.from(`${KEYWORD}\0${text}`, 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])));
  return Buffer.concat([png.subarray(0, ihdrEnd), length, type, data, crc, png.subarray(ihdrEnd)]);
}

/** The image's Comment text, if it has one. */
export function pngText(png: Buffer): string | undefined {
  let offset = SIGNATURE_LENGTH;
  while (offset + 8 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (type === 'IEND') return undefined;
    if (type === 'tEXt') {
      const [keyword, value] = png.toString('latin1', offset + 8, offset + 8 + length).split('\0');
      if (keyword === KEYWORD) return value;
    }
    offset += length + 12;
  }
  return undefined;
}
