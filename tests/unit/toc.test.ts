import { describe, expect, it } from 'vitest';
import { alphabetJump, fileLetter, shouldShowToc, tocHeadings, tocRule, wordCount, type Heading } from '../../src/lib/toc';

const heading = (depth: number, slug: string): Heading => ({ depth, slug, text: slug });
const sections = (count: number) => Array.from({ length: count }, (_, index) => heading(2, `s${index}`));

describe('table of contents', () => {
  it('lists second- and third-level headings only', () => {
    const headings = [heading(1, 'titel'), heading(2, 'a'), heading(3, 'a1'), heading(4, 'a1x'), heading(2, 'b')];
    expect(tocHeadings(headings).map((h) => h.slug)).toEqual(['a', 'a1', 'b']);
  });

  it('is shown on a long page with at least three sections', () => {
    expect(shouldShowToc(sections(3), 500)).toBe(true);
    expect(shouldShowToc(sections(11), 900)).toBe(true);
  });

  it('is not shown on a page with fewer than three sections, however long; subsections do not count', () => {
    expect(shouldShowToc(sections(2), 5000)).toBe(false);
    expect(shouldShowToc([heading(2, 'a'), heading(3, 'a1'), heading(3, 'a2'), heading(2, 'b')], 5000)).toBe(false);
  });

  it('is not shown on a short page, however many sections it has (a colofon of eight short parts)', () => {
    expect(shouldShowToc(sections(8), tocRule.minimumWords - 1)).toBe(false);
  });

  it('follows another rule when given one', () => {
    expect(shouldShowToc(sections(3), 500, { minimumSections: 4, minimumWords: 0 })).toBe(false);
    expect(shouldShowToc(sections(3), 100, { minimumSections: 3, minimumWords: 100 })).toBe(true);
  });
});

describe('wordCount', () => {
  it('counts the words a reader sees, not tags, attributes, scripts or styles', () => {
    const html =
      '<h2 id="wat-zien-we" class="x">Wat zien we?</h2><p>Leerlingen zijn <a href="/domeinen/energie/">moe&nbsp;en lusteloos</a>.</p>' +
      '<script>const a = "niet tellen";</script><style>.p { color: red }</style>';
    expect(wordCount(html)).toBe(8);
  });

  it('counts a hyphenated or abbreviated word once, and nothing in an empty text', () => {
    expect(wordCount('<p>sociaal-emotionele vaardigheden, so/vso en e.d.</p>')).toBe(6);
    expect(wordCount('<div> </div>')).toBe(0);
  });
});

describe('A–Z jump', () => {
  it('files a name under its first letter, without accents, in capitals', () => {
    expect(fileLetter('Durlak')).toBe('D');
    expect(fileLetter('özdemir')).toBe('O');
    expect(fileLetter('  Éclair')).toBe('E');
    expect(fileLetter('3M')).toBe('#');
  });

  it('links every letter that occurs to its first entry, in the list’s order', () => {
    const list = ['Adi', 'Bakker', 'Biesta', 'Durlak', 'Lier', 'Lyubomirsky', 'Weare'].map((name) => ({ name, id: name.toLowerCase() }));
    expect(
      alphabetJump(
        list,
        (entry) => entry.name,
        (entry) => entry.id,
      ),
    ).toEqual([
      { letter: 'A', slug: 'adi' },
      { letter: 'B', slug: 'bakker' },
      { letter: 'D', slug: 'durlak' },
      { letter: 'L', slug: 'lier' },
      { letter: 'W', slug: 'weare' },
    ]);
  });

  it('refuses a list out of order, which would send a letter to the wrong place', () => {
    const list = ['Adi', 'Bakker', 'Aarts'].map((name) => ({ name, id: name.toLowerCase() }));
    expect(() =>
      alphabetJump(
        list,
        (entry) => entry.name,
        (entry) => entry.id,
      ),
    ).toThrow(/"aarts" is filed under A but comes after B/);
  });
});
