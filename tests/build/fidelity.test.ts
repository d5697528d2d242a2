/**
 * Content fidelity: everything of the source text is on the built site. Expected content is
 * derived from tests/fixtures/brontekst.txt (the source as delivered), never typed in here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { splitParticle } from '../../src/lib/citation';
import { readYamlList } from '../support/content-files';
import { builtPage, builtPages, text, type BuiltPage } from '../support/dist';
import * as source from '../support/source-text';

let pages: BuiltPage[];
let siteWords: string;

beforeAll(() => {
  pages = builtPages().filter((page) => page.path !== '/404.html');
  siteWords = pages.map((page) => source.words(text(page.document.querySelector('main')))).join(' | ');
});

const normalise = (value: string) => value.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
const sentenceCase = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

describe('the source’s sections', () => {
  it('has a page whose heading is each section title of the source', () => {
    expect(source.sectionTitles.length).toBeGreaterThanOrEqual(7);
    const headings = pages.map((page) => text(page.document.querySelector('h1')));
    for (const title of [...source.sectionTitles, 'Literatuur']) expect(headings).toContain(title);
  });

  it('shows the source’s title as the site’s subtitle', () => {
    const home = builtPage('/');
    expect(text(home.document.querySelector('main'))).toContain('Interventies gericht op het welbevinden van leerlingen');
  });

  it('contains every paragraph of the source, word for word', () => {
    expect(source.paragraphs.length).toBeGreaterThanOrEqual(15);
    const missing = source.paragraphs.filter((paragraph) => !siteWords.includes(source.words(paragraph)));
    expect(missing).toEqual([]);
  });
});

describe('the source’s lists', () => {
  it('lists the 11 domains on the short-term page, each linking to its own page', () => {
    const page = builtPage('/korte-termijn/');
    const links = page.document.querySelectorAll('main a').map((a) => ({ text: normalise(text(a)), href: a.getAttribute('href') }));
    expect(source.domains).toHaveLength(11);
    for (const domain of source.domains) {
      const link = links.find((candidate) => candidate.text === normalise(sentenceCase(domain)));
      expect(link, `domain "${domain}"`).toBeDefined();
      expect(pages.map((p) => p.path)).toContain(link?.href);
    }
  });

  it('lists the 13 intervention types in the source’s order, each linking to its page, which quotes the source’s wording', () => {
    // The list names each type by the site's one display name; the source's wording of the item
    // stands, word for word, on the page it links to, as "In de handreiking".
    const page = builtPage('/interventietypen/');
    const links = page.document.querySelectorAll('main .type-list a');
    expect(links).toHaveLength(source.interventionTypes.length);
    links.forEach((link, index) => {
      const target = pages.find((candidate) => candidate.path === link.getAttribute('href'));
      if (!target) throw new Error(`${link.getAttribute('href')} is not a page of the build`);
      const quoted = target.document.querySelectorAll('main dt').find((dt) => text(dt) === 'In de handreiking')?.nextElementSibling;
      expect(normalise(text(quoted)), link.getAttribute('href') ?? '').toBe(`"${normalise(source.interventionTypes[index]!)}"`);
      expect(text(link)).toBe(text(target.document.querySelector('h1')));
    });
    const typePages = pages.filter((p) => /^\/interventietypen\/[a-z-]+\/$/.test(p.path) && !p.path.includes('doelgroep'));
    expect(typePages).toHaveLength(source.interventionTypes.length);
  });

  it('asks the five implementation questions, numbered in the source’s order', () => {
    const page = builtPage('/interventietypen/');
    const items = page.document.querySelectorAll('main ol.questions > li').map((li) => normalise(text(li)));
    expect(items).toEqual(source.questions.map(normalise));
  });

  it('lists the research outcomes one by one', () => {
    const page = builtPage('/onderzoek/');
    // List items may end in the connective "en" of the source's sentence.
    const items = page.document.querySelectorAll('main li').map((li) => source.words(text(li)).replace(/ en$/, ''));
    expect(source.researchOutcomes).toHaveLength(10);
    for (const outcome of source.researchOutcomes) expect(items).toContain(source.words(outcome));
  });
});

describe('the literature list', () => {
  it('has all 48 entries, each with a stable anchor, its title and its authors', () => {
    const page = builtPage('/literatuur/');
    const entries = readYamlList('references.yaml');
    expect(entries).toHaveLength(source.literature.length);
    for (const entry of entries) {
      const item = page.document.querySelector(`li#${String(entry.id)}`);
      expect(item, `entry ${String(entry.id)}`).not.toBeNull();
      const words = source.words(text(item));
      expect(words).toContain(source.words(String(entry.title)));
      for (const author of entry.authors as ({ family: string } | { organisation: string })[]) {
        expect(words).toContain(source.words('family' in author ? splitParticle(author.family).name : author.organisation));
      }
    }
  });
});

describe('the colofon', () => {
  it('names every author and the contact address of the source', () => {
    const colofon = text(builtPage('/colofon/').document.querySelector('main'));
    for (const line of [...source.authors, ...source.contact]) expect(colofon).toContain(line);
  });
});

describe('no placeholders', () => {
  it('no page shows a placeholder of the source or links to "#"', () => {
    for (const page of builtPages()) {
      expect(page.document.querySelectorAll('a[href="#"]'), page.path).toHaveLength(0);
      const body = text(page.document.querySelector('body'));
      expect(body, page.path).not.toMatch(/toevoegen\*|klik hier|\]\(#\)/i);
    }
  });
});
