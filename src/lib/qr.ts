/**
 * A QR code as one compact SVG path (uqr encodes; this only draws): at build time for a printed
 * page's address (PrintMeta.astro), and in the browser for a team session's invitation
 * (SessionViews.tsx). Each run of dark modules in a row is one rectangle, so an address costs a few
 * kilobytes of markup.
 */
import { encode } from 'uqr';

export interface QrDrawing {
  /** Modules per side, quiet zone included: the SVG's viewBox is `0 0 size size`. */
  size: number;
  /** The dark modules as an SVG path in module units. */
  path: string;
}

/** The standard quiet zone around a QR code, in modules. */
const QUIET_ZONE = 4;

/** Draws `text` as a QR code with error correction M (15 %), enough for a printed page. */
export function qrDrawing(text: string): QrDrawing {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const parts: string[] = [];
  data.forEach((row, y) => {
    for (let x = 0; x < size; x += 1) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < size && row[end + 1]) end += 1;
      parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${end - x + 1}v1h-${end - x + 1}z`);
      x = end;
    }
  });
  return { size: size + 2 * QUIET_ZONE, path: parts.join('') };
}
