/** Pagefind's excerpts turned into text parts (src/lib/search/excerpt.ts): marked words, never HTML. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, type ExcerptPart } from '../../src/lib/search/excerpt';

/** What the page shows: the parts' text joined. */
const joined = (parts: ExcerptPart[]) => parts.map((part) => part.text).join('');
/** HTML-escapes text the way an indexer does. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Strings rich in the characters that matter here. */
const markupish = fc.string({
  unit: fc.constantFrom('&', '<', '>', ';', '#', '/', 'm', 'a', 'r', 'k', 'l', 't', 'x', '2', '7', '3', '9', "'", '"', ' ', 'é', '‘'),
  maxLength: 60,
});
/**
 * Raw (unescaped) input. Numeric references beyond U+10FFFF are left out: decodeEntities throws a
 * RangeError on them (String.fromCodePoint); Pagefind never writes one, as it escapes every "&".
 */
const anyText = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }), markupish).filter((text) =>
  [...text.matchAll(/&#(x[0-9a-f]+|\d+);/gi)].every(([, code = '']) => {
    const point = /^x/i.test(code) ? Number.parseInt(code.slice(1), 16) : Number(code);
    return point <= 0x10ffff;
  }),
);

describe('excerptParts', () => {
  it('splits on <mark> into marked and unmarked parts', () => {
    expect(excerptParts('Het tegengaan van <mark>pesten</mark> op school')).toEqual([
      { text: 'Het tegengaan van ', mark: false },
      { text: 'pesten', mark: true },
      { text: ' op school', mark: false },
    ]);
  });

  it('handles several marks, a mark at either end and upper-case tags', () => {
    expect(excerptParts('<mark>Pesten</mark> en <MARK>gepest</MARK> worden')).toEqual([
      { text: 'Pesten', mark: true },
      { text: ' en ', mark: false },
      { text: 'gepest', mark: true },
      { text: ' worden', mark: false },
    ]);
    expect(excerptParts('over <mark>veerkracht</mark>')).toEqual([
      { text: 'over ', mark: false },
      { text: 'veerkracht', mark: true },
    ]);
  });

  it('gives no empty parts, and nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
    expect(excerptParts('<mark></mark>')).toEqual([]);
    expect(excerptParts('a<mark></mark>b')).toEqual([
      { text: 'a', mark: false },
      { text: 'b', mark: false },
    ]);
    for (const part of excerptParts('<mark>x</mark><mark>y</mark> <b></b>z')) expect(part.text).not.toBe('');
  });

  it('decodes &amp; &lt; &gt; &#39; &#x27; &quot; &apos; and &nbsp;', () => {
    expect(joined(excerptParts('Tom &amp; Jerry'))).toBe('Tom & Jerry');
    expect(joined(excerptParts('a &lt;b&gt; c'))).toBe('a <b> c');
    expect(joined(excerptParts('vaardigheden om &#39;nee&#39; te zeggen'))).toBe("vaardigheden om 'nee' te zeggen");
    expect(joined(excerptParts('eigen kunnen (&#x27;self-efficacy&#x27;)'))).toBe("eigen kunnen ('self-efficacy')");
    expect(joined(excerptParts('&#X27;hoofdletters&#X27;'))).toBe("'hoofdletters'");
    expect(joined(excerptParts('&quot;consistent verankeren&quot;'))).toBe('"consistent verankeren"');
    expect(joined(excerptParts('&apos;x&apos;&nbsp;y'))).toBe("'x'\u00a0y");
    expect(joined(excerptParts('&#8216;nee&#8217;'))).toBe('‘nee’');
  });

  it('decodes inside marked parts too', () => {
    expect(excerptParts('zeggen <mark>&#39;nee&#39;</mark>')).toEqual([
      { text: 'zeggen ', mark: false },
      { text: "'nee'", mark: true },
    ]);
  });

  it('decodes once: an escaped entity stays an entity as text', () => {
    expect(joined(excerptParts('&amp;lt;mark&amp;gt;'))).toBe('&lt;mark&gt;');
    expect(joined(excerptParts('&amp;#39;'))).toBe('&#39;');
  });

  it('leaves unknown entities and a lone ampersand as they are', () => {
    expect(joined(excerptParts('&bogus; & &; R&D'))).toBe('&bogus; & &; R&D');
  });

  it('strips every tag other than <mark>, keeping its text', () => {
    expect(excerptParts('een <em>nadruk</em> en <a href="x" onclick="alert(1)">link</a>')).toEqual([
      { text: 'een nadruk en link', mark: false },
    ]);
    expect(joined(excerptParts('<img src=x onerror=alert(1)>tekst<script>alert(1)</script>'))).toBe('tekstalert(1)');
    expect(joined(excerptParts('<mark class="x">a</mark>'))).toBe('a');
    expect(joined(excerptParts('a<br/>b<span\nclass="y">c</span>'))).toBe('abc');
  });

  it('turns escaped markup into text, not into elements', () => {
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; <mark>pesten</mark>')).toEqual([
      { text: '<script>alert(1)</script> ', mark: false },
      { text: 'pesten', mark: true },
    ]);
  });

  it('only gives objects with a text and a mark flag', () => {
    fc.assert(
      fc.property(anyText, (html) => {
        for (const part of excerptParts(html)) {
          expect(Object.keys(part).sort()).toEqual(['mark', 'text']);
          expect(typeof part.text).toBe('string');
          expect(typeof part.mark).toBe('boolean');
          expect(part.text.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never lets a tag through from raw input', () => {
    fc.assert(
      fc.property(anyText, (html) => {
        // Without character references, no "<" … ">" pair can survive into the text.
        const raw = html.replace(/&/g, '');
        for (const part of excerptParts(raw)) expect(part.text).not.toMatch(/<[^>]*>/);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: for any string s, the parts of escaped s join back to s', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const parts = excerptParts(escapeHtml(s));
        expect(joined(parts)).toBe(s);
        expect(parts.every((part) => !part.mark)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: for any string s, marked escaped s is one marked part equal to s', () => {
    fc.assert(
      fc.property(anyText, anyText, (before, s) => {
        const parts = excerptParts(`${escapeHtml(before)}<mark>${escapeHtml(s)}</mark>`);
        expect(joined(parts)).toBe(before + s);
        expect(
          parts
            .filter((part) => part.mark)
            .map((part) => part.text)
            .join(''),
        ).toBe(s);
      }),
      { numRuns: 500 },
    );
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeEntities('&AMP; &Lt; &#65; &#x41; &#x1F600;')).toBe('& < A A 😀');
  });
});
