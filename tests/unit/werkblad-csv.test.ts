import { describe, expect, it } from 'vitest';
import { BOM } from '../../src/lib/csv';
import { werkbladStrings } from '../../src/lib/i18n/werkblad.nl';
import { actionsToCsv } from '../../src/lib/werkblad/csv-export';
import { action, csvLabels, exampleWorksheet } from '../fixtures/werkblad-examples';
import { readCsv } from '../fixtures/csv';

const veerkracht = exampleWorksheet({
  id: 'a',
  title: 'Veerkracht',
  status: 'gepland',
  actions: [action('a1', 'Studiedag plannen', 'IB', 'maart'), action('a2'), action('a3', '', 'Directie', '')],
});
const programma = exampleWorksheet({
  id: 'b',
  title: 'Rots en Water',
  typeId: null,
  status: 'geevalueerd',
  actions: [action('b1', 'Evalueren', 'Team', 'juni')],
});

describe('actionsToCsv', () => {
  it('has the header of the strings file', () => {
    expect(werkbladStrings.csvHeaders).toEqual(['Werkblad', 'Wat', 'Wie', 'Wanneer', 'Status']);
    expect(readCsv(actionsToCsv([], csvLabels))).toEqual([['Werkblad', 'Wat', 'Wie', 'Wanneer', 'Status']]);
  });

  it('writes one row per filled action with the worksheet’s title and the Dutch status label', () => {
    expect(readCsv(actionsToCsv([veerkracht, programma], csvLabels))).toEqual([
      ['Werkblad', 'Wat', 'Wie', 'Wanneer', 'Status'],
      ['Veerkracht', 'Studiedag plannen', 'IB', 'maart', 'Gepland'],
      ['Veerkracht', '', 'Directie', '', 'Gepland'],
      ['Rots en Water', 'Evalueren', 'Team', 'juni', 'Geëvalueerd'],
    ]);
  });

  it('uses the label of every status', () => {
    const rows = (['idee', 'gepland', 'loopt', 'geevalueerd'] as const).map(
      (status) => readCsv(actionsToCsv([exampleWorksheet({ status, actions: [action('x', 'iets')] })], csvLabels))[1]?.[4],
    );

    expect(rows).toEqual(['Idee', 'Gepland', 'Loopt', 'Geëvalueerd']);
  });

  it('leaves out worksheets without filled actions', () => {
    expect(readCsv(actionsToCsv([exampleWorksheet({ actions: [action('x')] }), programma], csvLabels))).toHaveLength(2);
  });

  it('is a byte order mark, semicolons and CRLF line ends', () => {
    const csv = actionsToCsv([programma], csvLabels);

    expect(csv).toBe(`${BOM}Werkblad;Wat;Wie;Wanneer;Status\r\nRots en Water;Evalueren;Team;juni;Geëvalueerd\r\n`);
    expect(csv.startsWith('\uFEFF')).toBe(true);
  });

  it('reads back notes with separators, quotes, line breaks and markup', () => {
    const awkward = exampleWorksheet({
      title: 'Titel; met "aanhalingstekens"',
      status: 'loopt',
      actions: [
        action('x', 'Eerst dit;\ndan dat', 'Juf "Ans" en meester \'Bert\'', 'week 3\r\nof 4'),
        action('y', '<script>alert("x")</script>', '  spaties  ', 'Ëën, twee; drie'),
      ],
    });

    const csv = actionsToCsv([awkward], csvLabels);

    expect(csv.endsWith(';Loopt\r\n')).toBe(true);
    expect(readCsv(csv)).toEqual([
      ['Werkblad', 'Wat', 'Wie', 'Wanneer', 'Status'],
      ['Titel; met "aanhalingstekens"', 'Eerst dit;\ndan dat', 'Juf "Ans" en meester \'Bert\'', 'week 3\r\nof 4', 'Loopt'],
      ['Titel; met "aanhalingstekens"', '<script>alert("x")</script>', '  spaties  ', 'Ëën, twee; drie', 'Loopt'],
    ]);
  });

  it('neutralises notes a spreadsheet would run as a formula', () => {
    const sheet = exampleWorksheet({ actions: [action('x', '=HYPERLINK("http://x")', '+31 6', '@maandag')] });

    expect(readCsv(actionsToCsv([sheet], csvLabels))[1]).toEqual(['Veerkracht', '\'=HYPERLINK("http://x")', "'+31 6", "'@maandag", 'Idee']);
  });
});
