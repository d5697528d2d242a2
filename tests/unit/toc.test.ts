import { describe, expect, it } from 'vitest';
import { shouldShowToc, tocHeadings, type Heading } from '../../src/lib/toc';

const heading = (depth: number, slug: string): Heading => ({ depth, slug, text: slug });

describe('table of contents', () => {
  it('lists second- and third-level headings only', () => {
    const headings = [heading(1, 'titel'), heading(2, 'a'), heading(3, 'a1'), heading(4, 'a1x'), heading(2, 'b')];
    expect(tocHeadings(headings).map((h) => h.slug)).toEqual(['a', 'a1', 'b']);
  });

  it('is shown from three sections on', () => {
    expect(shouldShowToc([heading(2, 'a'), heading(2, 'b')])).toBe(false);
    expect(shouldShowToc([heading(2, 'a'), heading(3, 'a1'), heading(3, 'a2'), heading(2, 'b')])).toBe(false);
    expect(shouldShowToc([heading(2, 'a'), heading(2, 'b'), heading(2, 'c')])).toBe(true);
  });

  it('can ask for more sections', () => {
    expect(shouldShowToc([heading(2, 'a'), heading(2, 'b'), heading(2, 'c')], 4)).toBe(false);
  });
});
