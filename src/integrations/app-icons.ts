/**
 * Draws the app's PNG icons from the site's SVG favicon with sharp (libvips), at build time.
 */
import sharp from 'sharp';
import type { AppIcon } from '../lib/offline/app';

/** The favicon's own size: its viewBox is 32 × 32. */
const SVG_SIZE = 32;
/** A maskable icon keeps its drawing inside the middle 80 % (the "safe zone" of the W3C spec). */
const SAFE_ZONE = 0.8;

/** An SVG rendered at `size` pixels, sharp from the vector (not a small bitmap scaled up). */
function raster(svg: string, size: number) {
  return sharp(Buffer.from(svg), { density: (72 * size) / SVG_SIZE }).resize(size, size);
}

/**
 * The icon as PNG. A maskable icon is the favicon at 80 % on a square of `background`, which is
 * the favicon's own background colour: its rounded corners vanish into it, and any shape a
 * launcher cuts from the square keeps the whole drawing.
 */
export async function renderIcon(svg: string, icon: AppIcon, background: string): Promise<Buffer> {
  if (icon.purpose === 'any') return raster(svg, icon.size).png().toBuffer();
  const inner = Math.round(icon.size * SAFE_ZONE);
  const drawing = await raster(svg, inner).png().toBuffer();
  return sharp({ create: { width: icon.size, height: icon.size, channels: 4, background } })
    .composite([{ input: drawing, gravity: 'centre' }])
    .png()
    .toBuffer();
}
