import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrDrawing } from '../../src/lib/qr';

/** Reads the drawing back into a matrix of dark modules, without the quiet zone. */
function modules(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dx = 0; dx < Number(width); dx += 1) grid[Number(y)]![Number(x) + dx] = true;
  }
  return grid;
}

describe('qrDrawing', () => {
  it('draws exactly the dark modules of the code, inside a quiet zone of four modules', () => {
    const address = 'https://welbevinden.example/welbevinden/interventietypen/sociaal-emotionele-vaardigheden/';
    const { data, size } = encode(address, { ecc: 'M', border: 0 });
    const drawing = qrDrawing(address);
    expect(drawing.size).toBe(size + 8);
    const grid = modules(drawing.path, drawing.size);
    const inner = grid.slice(4, 4 + size).map((row) => row.slice(4, 4 + size));
    expect(inner).toEqual(data.map((row) => row.map(Boolean)));
    expect(grid.slice(0, 4).flat().some(Boolean), 'the quiet zone above is empty').toBe(false);
  });

  it('keeps a page address small: one rectangle per run of dark modules', () => {
    const drawing = qrDrawing('https://welbevinden.example/interventietypen/veerkracht/');
    expect(drawing.path.length).toBeLessThan(8000);
  });
});
