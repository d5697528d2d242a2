/**
 * One way of speaking, on the built site: each intervention type has one name wherever it is
 * linked, the guidance's own wording of it stands once on its page, the site's domain–type links
 * say at the link that they are this site's choice, and what search engines and readers see first
 * (titles, descriptions, headings) follows the word list (src/lib/i18n/words.nl.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { wordList } from '../../src/lib/i18n/words.nl';
import { findAvoidedWords, typeNameRules } from '../../src/lib/wording';
import { contentCollections } from '../support/content-files';
import { builtPages, text, type BuiltPage } from '../support/dist';
import { quotesSource } from '../support/source-text';

const types = contentCollections().interventions;
const titleOf = new Map(types.map((type) => [type.id, type.data.title]));
const typeLink = /^\/interventietypen\/([a-z0-9-]+)\/$/;

let pages: BuiltPage[];

beforeAll(() => {
  pages = builtPages().filter((page) => page.path !== '/404.html');
});

describe('intervention types', () => {
  it('every link to a type’s page names the type by its one display name', () => {
    const problems: string[] = [];
    let count = 0;
    for (const page of pages) {
      for (const link of page.document.querySelectorAll('a')) {
        const id = typeLink.exec(link.getAttribute('href') ?? '')?.[1];
        if (!id) continue;
        count += 1;
        const title = titleOf.get(id);
        if (!title) problems.push(`${page.path}: link to unknown type ${id}`);
        else if (!text(link).includes(title)) problems.push(`${page.path}: “${text(link)}” links to ${id} (“${title}”)`);
      }
    }
    // The overview, the domain pages and previous/next on the type pages link every type.
    expect(count).toBeGreaterThan(types.length * 3);
    expect(problems).toEqual([]);
  });

  it('the guidance’s own wording of a type stands once, on the type’s own page, after “In de handreiking”', () => {
    const differing = types.filter((type) => type.data.sourceLabel !== type.data.title);
    expect(differing.length).toBeGreaterThan(5);
    for (const type of differing) {
      const label = type.data.sourceLabel;
      const where = pages.flatMap((page) => {
        const occurrences = text(page.document.querySelector('body')).split(label).length - 1;
        return occurrences > 0 ? [`${page.path} ×${occurrences}`] : [];
      });
      expect(where, label).toEqual([`/interventietypen/${type.id}/ ×1`]);
      const own = pages.find((page) => page.path === `/interventietypen/${type.id}/`)!;
      const dt = own.document.querySelectorAll('main dt').find((term) => text(term) === 'In de handreiking');
      expect(text(dt?.nextElementSibling), label).toBe(`“${label}”`);
    }
  });

  it('says on the type’s page, in plain sentences, for whom the type is meant', () => {
    for (const type of types) {
      const own = pages.find((page) => page.path === `/interventietypen/${type.id}/`)!;
      const scope = own.document.querySelectorAll('main dt').find((term) => text(term) === 'Bereik');
      const sentence = text(scope?.nextElementSibling);
      expect(sentence, type.id).toMatch(/^[A-Z][^:]*\.$/);
    }
  });
});

describe('the site’s links between domains and types', () => {
  const domainPages = () => pages.filter((page) => /^\/domeinen\/[a-z0-9-]+\/$/.test(page.path));
  const typePages = () => pages.filter((page) => typeLink.test(page.path));

  it('are called this site’s choice in the heading right above them, on every domain and type page', () => {
    expect(domainPages()).toHaveLength(11);
    expect(typePages()).toHaveLength(types.length);
    for (const page of [...domainPages(), ...typePages()]) {
      const heading = page.document.querySelectorAll('main h2').find((h2) => /passen|past/.test(text(h2)));
      expect(text(heading), page.path).toMatch(/\(keuze van deze site\)$/);
    }
  });

  it('link every type named on the overview of domains', () => {
    const overview = pages.find((page) => page.path === '/domeinen/')!;
    const linked = new Set(
      overview.document.querySelectorAll('main a').flatMap((a) => typeLink.exec(a.getAttribute('href') ?? '')?.[1] ?? []),
    );
    expect(linked).toEqual(new Set(types.map((type) => type.id)));
  });
});

describe('what readers and search engines see first follows the word list', () => {
  const rules = [...wordList, ...typeNameRules(types.map((type) => type.data))];

  // The tools' islands render their strings from src/lib/i18n/, which the unit test word-list.test.ts reads.
  it('no title, meta description or heading outside the tools uses a word of the “not” column', () => {
    const problems = pages.flatMap((page) => {
      const parts = [
        text(page.document.querySelector('title')),
        page.document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
        ...page.document
          .querySelectorAll('main h1, main h2, main h3, main summary')
          .filter((element) => !element.closest('[data-island]'))
          .map((element) => text(element)),
      ];
      return parts.flatMap((part) =>
        findAvoidedWords(part, { rules, isQuote: quotesSource }).map((finding) => `${page.path}: “${finding.found}” in “${part}”`),
      );
    });
    expect(problems).toEqual([]);
  });
});

describe('the databanks', () => {
  it('each card names its databank once, in its heading; the guidance’s own wording of it once, as a quotation', () => {
    const page = pages.find((candidate) => candidate.path === '/interventies-vinden/')!;
    const databanks = contentCollections().databanks;
    expect(databanks.length).toBeGreaterThanOrEqual(3);
    for (const { id, data } of databanks) {
      const card = page.document.querySelector(`li.card#${id}`);
      expect(card, id).not.toBeNull();
      const quotation = card!.querySelectorAll('p').find((p) => text(p).startsWith('In de handreiking:'));
      const ownText = text(card).replace(text(quotation), '');
      expect(ownText.split(data.name).length - 1, `${data.name} in “${ownText}”`).toBe(1);
      expect(text(card!.querySelector('h3'))).toBe(data.name);
      if (data.sourceText) expect(text(quotation)).toBe(`In de handreiking: “${data.sourceText}”`);
    }
  });
});
