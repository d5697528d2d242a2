/**
 * What the built tool pages hold without a browser: the paper forms a reader without JavaScript
 * gets (every domain with its four answers; the five questions verbatim, every partner, the status
 * boxes and a table to write actions in), and the werkblad's hints, each linking to a built page
 * by that page's title, a page that says what the hint quotes. How the forms print is in
 * tests/browser/print-tools.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import { format } from '../../src/lib/text';
import { builtPages, text, type BuiltPage } from '../support/dist';
import { contentCatalogue } from '../support/scan-catalogue';
import { words } from '../support/source-text';
import { contentPartners, contentQuestions } from '../support/werkblad-files';

const pages = new Map(builtPages().map((page) => [page.path, page]));
const pageAt = (path: string): BuiltPage => {
  const page = pages.get(path);
  if (!page) throw new Error(`No built page at ${path}`);
  return page;
};
const paperForm = (path: string, heading: string): HTMLElement => {
  const form = pageAt(path)
    .document.querySelectorAll('section.paper-form')
    .find((section) => text(section.querySelector('h2')) === heading);
  if (!form) throw new Error(`No paper form "${heading}" on ${path}`);
  return form;
};
const boxes = (element: HTMLElement | null | undefined) => (element?.querySelectorAll('.paper-box') ?? []).map(text);

describe('the schoolscan’s paper form', () => {
  const form = paperForm('/schoolscan/', S.paper.heading);
  const domains = contentCatalogue().domains;

  it('has every domain in the catalogue’s order, each with the four answers', () => {
    const items = form.querySelectorAll('li.paper-domain');
    expect(
      items.map((item) => text(item.querySelector('h3'))),
      'domains on the paper form',
    ).toEqual(domains.map((domain) => domain.label));
    for (const item of items) {
      expect(boxes(item), `answers of "${text(item.querySelector('h3'))}"`).toEqual(Object.values(S.rating.options));
    }
  });
});

describe('the werkblad’s paper form', () => {
  const form = paperForm('/werkblad/', W.paper.heading);
  const questions = contentQuestions();
  const partners = contentPartners();
  const after = (heading: string) => form.querySelectorAll('h3').find((element) => text(element) === heading)?.nextElementSibling;

  it('asks the five questions verbatim, in their order', () => {
    const asked = form.querySelectorAll('.worksheet-sheet__answer h3').map(text);
    expect(asked).toEqual(questions.map((question, index) => `${format(W.worksheet.question, { n: index + 1 })}: ${question.text}`));
    expect(asked).toHaveLength(5);
  });

  it('offers every partner and every status as a box to tick', () => {
    expect(boxes(after(W.worksheet.partnersLegend)), 'partners').toEqual(partners.map((partner) => partner.label));
    expect(partners).toHaveLength(13);
    const statusLine = form.querySelectorAll('p.paper-choices').find((line) => text(line).startsWith(W.paper.statusLabel));
    expect(boxes(statusLine), 'statuses').toEqual(Object.values(W.statuses));
  });

  it('has a table to write at least three actions in: what, who and when', () => {
    const table = after(W.worksheet.actionsHeading);
    expect(table?.tagName.toLowerCase()).toBe('table');
    expect(table?.querySelectorAll('thead th').map(text)).toEqual([W.worksheet.what, W.worksheet.who, W.worksheet.when]);
    expect(table?.querySelectorAll('tbody tr').length, 'rows to write actions in').toBeGreaterThanOrEqual(3);
  });
});

describe('the werkblad’s hints', () => {
  interface BuiltHint {
    quote: string;
    href: string;
    pageTitle: string;
  }
  // The props the island is hydrated with (src/components/Island.astro).
  const props = pageAt('/werkblad/').document.querySelector('script[data-island-props="werkblad"]');
  const catalogue = JSON.parse(props?.text ?? '{}') as {
    catalogue?: { questions?: { id: string; hints: BuiltHint[] }[] };
  };
  const built = catalogue.catalogue?.questions ?? [];

  it('are the hints of questions.yaml, each linking to the page it names, by that page’s title', () => {
    const expected = contentQuestions().map((question) => ({
      id: question.id,
      hints: question.hints.map((hint) => {
        const page = pageAt(`/${hint.page}/`);
        return { quote: hint.quote, href: `/${hint.page}/`, pageTitle: text(page.document.querySelector('h1')) };
      }),
    }));
    expect(
      built.map((question) => ({
        id: question.id,
        hints: question.hints.map(({ quote, href, pageTitle }) => ({ quote, href, pageTitle })),
      })),
    ).toEqual(expected);
    expect(expected.flatMap((question) => question.hints).length, 'hints in all').toBeGreaterThan(3);
  });

  it('quote what their page says', () => {
    const missing = built.flatMap((question) =>
      question.hints
        .filter((hint) => !words(text(pageAt(hint.href).document.querySelector('main'))).includes(words(hint.quote)))
        .map((hint) => `${question.id}: "${hint.quote.slice(0, 60)}" is not on ${hint.href}`),
    );
    expect(missing).toEqual([]);
  });
});
