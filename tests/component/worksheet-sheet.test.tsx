/**
 * One sheet for a worksheet on screen, in the plan, on paper and as the blank paper form: the
 * blank form (PaperWorksheet.astro renders it on the server) has room to write everywhere and
 * says nothing is open; a filled-in worksheet keeps its room to write for paper only and says on
 * screen what is still open. Both have the same empty rows of actions, named for screen readers.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { WorksheetSheet } from '../../src/components/werkblad/WorksheetSheet';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import { format } from '../../src/lib/text';
import { statuses } from '../../src/lib/werkblad/model';
import { blankWorksheet, planWorksheet } from '../../src/lib/werkblad/plan';
import { contentWerkbladCatalogue } from '../fixtures/werkblad-examples';
import { makeWorksheet } from '../support/werkblad-files';

const catalogue = contentWerkbladCatalogue();
const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

afterEach(cleanup);

describe('the worksheet sheet', () => {
  it('blank: a line for the subject, a box per status, every question with lines, every partner, three named rows; nothing said to be open', () => {
    const { container } = render(<WorksheetSheet sheet={blankWorksheet(catalogue)} strings={W} level={2} blank />);
    expect(container.querySelector('h2'), 'no title: the subject is written on its line').toBeNull();
    expect(text(container.querySelector('.paper-line')!)).toBe(W.paper.subjectLine);
    const boxes = (selector: string) => [...container.querySelectorAll(`${selector} .paper-box`)].map(text);
    const statusLine = container.querySelector('.paper-choices')!;
    expect([...statusLine.querySelectorAll('.paper-box')].map(text)).toEqual(statuses.map((status) => W.statuses[status]));
    expect([...container.querySelectorAll('.worksheet-sheet__answer h3')].map(text)).toEqual(
      catalogue.questions.map((question, index) => `${format(W.worksheet.question, { n: index + 1 })}: ${question.text}`),
    );
    const lines = [...container.querySelectorAll('.write-lines')];
    expect(lines).toHaveLength(catalogue.questions.length);
    expect(
      lines.every((line) => !line.classList.contains('print-only')),
      'the lines show on screen too',
    ).toBe(true);
    expect(boxes('.worksheet-sheet__block')).toEqual(catalogue.partners.map((partner) => partner.label));
    const rows = [...container.querySelectorAll('tbody tr')];
    expect(rows.map(text)).toEqual([1, 2, 3].map((n) => format(W.worksheet.action, { n })));
    expect(container.querySelector('.print-only'), 'nothing is for paper only').toBeNull();
    expect(container.textContent).not.toContain(W.worksheet.notAnswered);
    expect(container.textContent).not.toContain(W.worksheet.noActions);
  });

  it('filled in without actions: its title and status, what is open said on screen, the same rows for paper only', () => {
    const sheet = planWorksheet(makeWorksheet({ id: 'blad', title: 'Rots en Water' }), [], catalogue);
    const { container } = render(<WorksheetSheet sheet={sheet} strings={W} level={3} />);
    expect(text(container.querySelector('h3')!)).toBe('Rots en Water');
    expect(container.textContent).toContain(W.worksheet.noActions);
    const room = [...container.querySelectorAll('.print-only')].find((element) => element.querySelector('table'));
    expect(room?.querySelectorAll('tbody tr')).toHaveLength(3);
    expect([...container.querySelectorAll('.write-lines')].every((line) => line.classList.contains('print-only'))).toBe(true);
  });
});
