/**
 * The CSV writer (src/lib/csv.ts) and the schoolscan's export. What it writes is read back with
 * csv-parse, an independent parser told only what the format promises (the separator, CRLF
 * between records, a byte order mark, RFC 4180 quotes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from '../../src/lib/csv';
import { scanToCsv } from '../../src/lib/scan/csv-export';
import { anyCharacter, csvLabels, domain, domains, exampleScan, strings } from '../fixtures/scan-examples';
import { readCsv } from '../fixtures/csv';

/**
 * The characters that make a spreadsheet treat a cell as a formula (OWASP, "CSV Injection"), also
 * after blank characters a spreadsheet skips, and in their full-width forms; a tab or line break
 * at the start by itself. Such a cell must be written with an apostrophe in front.
 */
const FORMULA_SIGNS = ['=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20'] as const;
const BLANKS = [' ', '\t', '\r', '\n', '\u00a0', '\u2003', '\u200b', '\u3000', '\uFEFF'] as const;
const LEADING_BREAKS = ['\t', '\r', '\n'] as const;
/** What a spreadsheet would run, by the list above. */
function isFormulaLike(cell: string): boolean {
  if (LEADING_BREAKS.some((sign) => cell.startsWith(sign))) return true;
  let at = 0;
  while (at < cell.length && (BLANKS as readonly string[]).includes(cell[at]!)) at += 1;
  return (FORMULA_SIGNS as readonly string[]).includes(cell[at] ?? '');
}

describe('csvCell', () => {
  it('leaves plain text as it is', () => {
    expect(csvCell('Groep 7, najaar')).toBe('Groep 7, najaar');
    expect(csvCell('Zorgcoördinator')).toBe('Zorgcoördinator');
    expect(csvCell('')).toBe('');
  });

  it('quotes a cell with the separator, a quote, a line break or spaces at the edge', () => {
    expect(csvCell('moe; lusteloos')).toBe('"moe; lusteloos"');
    expect(csvCell('zegt "nee"')).toBe('"zegt ""nee"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"');
    expect(csvCell(' ruimte ')).toBe('" ruimte "');
    expect(csvCell('achteraan ')).toBe('"achteraan "');
  });

  it('quotes for the separator it is given', () => {
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('a;b', ',')).toBe('a;b');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+31 6 12345678')).toBe("'+31 6 12345678");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@gebruiker')).toBe("'@gebruiker");
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('\r=1+1')).toBe('"\'\r=1+1"');
    expect(csvCell('=HYPERLINK("http://x";"klik")')).toBe('"\'=HYPERLINK(""http://x"";""klik"")"');
  });

  it('neutralises a formula after spaces or a line break, a full-width sign, and a line break at the start', () => {
    expect(csvCell(' =1+1')).toBe("' =1+1");
    expect(csvCell('\n=1+1')).toBe('"\'\n=1+1"');
    expect(csvCell('\u00a0\u00a0@SUM(A1)')).toBe("'\u00a0\u00a0@SUM(A1)");
    expect(csvCell('\uff1d1+1')).toBe("'\uff1d1+1");
    expect(csvCell('\nregel')).toBe('"\'\nregel"');
  });

  it('does not neutralise a formula sign later in the text', () => {
    expect(csvCell('2 + 2 = 4')).toBe('2 + 2 = 4');
  });
});

describe('toCsv, read back by csv-parse', () => {
  it('starts with the UTF-8 byte order mark, separates with semicolons and ends lines with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa;b\r\nc;d\r\n');
    expect(toCsv([['x']]).startsWith(BOM)).toBe(true);
  });

  it('reads back what it wrote, including quotes, separators, line breaks and empty cells', () => {
    const rows = [
      ['Domein', 'Wat zien we?'],
      ['Energie', 'moe; "lusteloos"\r\nna de pauze'],
      ['', ' ruimte '],
      ['', ''],
      ['café', '\u{1F600}'],
    ];

    expect(readCsv(toCsv(rows))).toEqual(rows);
  });

  it('reads neutralised cells back with their apostrophe', () => {
    expect(readCsv(toCsv([['=1+1', '-', '@x', '+', '\tx', '\r\n']]))).toEqual([["'=1+1", "'-", "'@x", "'+", "'\tx", "'\r\n"]]);
  });

  it('round-trips arbitrary text, only adding the apostrophe to formula-like cells', () => {
    const awkward = fc.string({
      unit: fc.constantFrom(';', ',', '"', "'", 'a', 'é', ...BLANKS, ...FORMULA_SIGNS),
    });
    const text = fc.oneof(fc.string({ unit: anyCharacter }), awkward);
    // Each cell comes with what it must read back as, by construction rather than by csv.ts's own rule.
    const blanks = fc.string({ unit: fc.constantFrom(...BLANKS), maxLength: 3 });
    const formulaCell = fc
      .tuple(blanks, fc.constantFrom(...FORMULA_SIGNS), text)
      .map(([blank, sign, rest]) => ({ cell: blank + sign + rest, expected: `'${blank}${sign}${rest}` }));
    const plainCell = text.filter((cell) => !isFormulaLike(cell)).map((cell) => ({ cell, expected: cell }));
    const rows = fc.array(fc.array(fc.oneof(plainCell, formulaCell), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 });

    fc.assert(
      fc.property(rows, fc.constantFrom(';', ','), (input, separator) => {
        const written = toCsv(
          input.map((row) => row.map(({ cell }) => cell)),
          separator,
        );
        // A file is UTF-8, which has no lone surrogates: they arrive as U+FFFD, as in a download (Blob).
        expect(readCsv(written, separator)).toEqual(input.map((row) => row.map(({ expected }) => expected.toWellFormed())));
      }),
      { numRuns: 200 },
    );
  });
});

describe('scanToCsv', () => {
  const scan = exampleScan(
    { title: 'Groep 7, najaar', level: 'klas', schoolType: 'po', date: '2026-11-25' },
    {
      aanwezigheid: { rating: 'grote', seen: 'verzuim op maandag; vaak te laat\nook online', going: 'ouders "bereikbaar"' },
      energie: { rating: 'onbekend' },
      concentratie: { rating: 'geen', seen: '- rumoerig na de pauze' },
    },
  );
  const rows = readCsv(scanToCsv(scan, domains, csvLabels));

  it('starts with the Dutch header row', () => {
    expect(rows[0]).toEqual([...strings.csvHeaders]);
    expect(rows[0]).toEqual(['Scan', 'Niveau', 'Schooltype', 'Datum', 'Domein', 'Inschatting', 'Wat zien we?', 'Wat gaat goed?']);
  });

  it('has one row per domain of the catalogue, in its order', () => {
    expect(rows).toHaveLength(domains.length + 1);
    expect(rows.slice(1).map((row) => row[4])).toEqual(domains.map((d) => d.label));
  });

  it('writes the details and the Dutch rating labels', () => {
    expect(rows[1]?.slice(0, 6)).toEqual([
      'Groep 7, najaar',
      'Klas of groep',
      'Primair onderwijs (po)',
      '2026-11-25',
      domain('aanwezigheid').label,
      'Grote zorgen',
    ]);
    expect(rows[2]?.[5]).toBe('Weet ik niet');
    expect(rows[3]?.[5]).toBe('Geen zorgen');
    expect(rows[4]?.[5]).toBe('Nog niet ingeschat');
  });

  it('keeps notes with semicolons, quotes and line breaks intact', () => {
    expect(rows[1]?.[6]).toBe('verzuim op maandag; vaak te laat\nook online');
    expect(rows[1]?.[7]).toBe('ouders "bereikbaar"');
    expect(rows[1]).toHaveLength(8);
  });

  it('neutralises a note that starts like a formula', () => {
    expect(rows[3]?.[6]).toBe("'- rumoerig na de pauze");
  });
});
