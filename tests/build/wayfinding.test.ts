/**
 * Finding your way on the built site: the home page's way in from a worry, previous/next links,
 * "Op deze pagina", the A–Z jump on the literature list, linked type names on /domeinen/, and who
 * to contact, in a local build (no publisher) and a build for a public address (with one).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { t } from '../../src/lib/i18n/nl';
import { contentCollections } from '../support/content-files';
import { builtPages, text, type BuiltPage } from '../support/dist';
import { expectedCurrent, menu } from '../support/main-menu';
import { projectRoot, subpathBase, subpathDistDir } from '../support/paths';

const { domains, guidance, interventions } = contentCollections();
const pages = builtPages();
const byPath = new Map(pages.map((page) => [page.path, page]));
function pageAt(path: string): BuiltPage {
  const page = byPath.get(path);
  if (!page) throw new Error(`No built page at ${path}`);
  return page;
}
const hrefs = (elements: HTMLElement[]) => elements.map((element) => element.getAttribute('href') ?? '');
const h1 = (page: BuiltPage) => text(page.document.querySelector('h1'));

describe('the home page: a way in from a worry', () => {
  const home = pageAt('/');
  const entry = home.document.querySelector('section[aria-labelledby="zorgen"]');

  it('says who the site is for in a heading of its own, not the site name or the subtitle again', () => {
    expect(h1(home)).not.toBe(t.site.name);
    expect(h1(home)).not.toBe(t.site.subtitle);
    expect(text(home.document.querySelector('.page-heading .lead'))).toMatch(/leerkrachten, mentoren en schoolteams/);
  });

  it('has one primary start, the scan alone, and next to it the scan with the team, a session in one step', () => {
    const buttons = home.document.querySelectorAll('main a.button');
    expect(buttons.map((button) => `${text(button)} → ${button.getAttribute('href')}`)).toEqual([
      `${t.home.start}: ${t.scanStart.alone} → /schoolscan/#nieuw`,
      `${t.home.start}: ${t.scanStart.withTeam} → /schoolscan/#sessie/nieuw`,
    ]);
    expect(home.document.querySelectorAll('main a.button:not(.button--secondary)')).toHaveLength(1);
    expect(text(home.document.querySelector('.page-heading'))).toMatch(/met je team/i);
    expect(home.document.querySelectorAll('main .card')).toHaveLength(0);
  });

  it('asks "Waar maak je je zorgen over?" before the rest of the page', () => {
    const headings = home.document.querySelectorAll('main h2').map(text);
    expect(headings[0]).toBe('Waar maak je je zorgen over?');
  });

  it('leads from each domain’s everyday words to its explanation, its page and the scan that names the worry, in <details> that open without a script', () => {
    expect(entry, 'the concern entry').not.toBeNull();
    const items = entry!.querySelectorAll('details');
    expect(items).toHaveLength(domains.length);
    for (const [index, domain] of domains.entries()) {
      const item = items[index]!;
      const summary = text(item.querySelector('summary')).toLowerCase();
      for (const word of domain.data.everydayWords) expect(summary, domain.id).toContain(word.toLowerCase());
      expect(text(item), domain.id).toContain(domain.data.explanation);
      const links = hrefs(item.querySelectorAll('a'));
      expect(links, domain.id).toContain(`/domeinen/${domain.id}/`);
      expect(links, domain.id).toContain(`/schoolscan/#nieuw/${domain.id}`);
    }
  });
});

describe('the domains within reach', () => {
  it('every domain page leads to the scan, carrying its domain', () => {
    for (const domain of domains) {
      const page = pageAt(`/domeinen/${domain.id}/`);
      const scan = page.document
        .querySelectorAll('main a.button')
        .filter((link) => link.getAttribute('href') === `/schoolscan/#nieuw/${domain.id}`);
      expect(scan.map(text), domain.id).toEqual([t.home.concernToScan]);
    }
  });

  it('the overview of the domains is in the footer of every page, beside the intervention types', () => {
    for (const path of ['/', '/welbevinden/', '/schoolscan/', '/colofon/']) {
      const footer = hrefs(pageAt(path).document.querySelectorAll('footer nav a'));
      const at = footer.indexOf('/domeinen/');
      expect(at, path).toBeGreaterThan(-1);
      expect(footer[at + 1], path).toBe('/interventietypen/');
    }
  });
});

describe('previous and next', () => {
  /** Guidance pages read in order: not the home page, not the pages about the site. */
  const reading = guidance
    .filter((entry) => entry.data.template !== 'home' && entry.data.kind !== 'over')
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => `/${entry.id}/`);
  const utility = ['/', '/404.html', ...guidance.filter((entry) => entry.data.kind === 'over').map((entry) => `/${entry.id}/`)];

  it('link each page of the reading order to its neighbours by their full titles', () => {
    expect(reading.length).toBeGreaterThan(5);
    for (const [index, path] of reading.entries()) {
      const nav = pageAt(path).document.querySelector('nav.pagination');
      const previous = reading[index - 1];
      const next = reading[index + 1];
      const prevLink = nav?.querySelector('a[rel="prev"]');
      const nextLink = nav?.querySelector('a[rel="next"]');
      expect(prevLink?.getAttribute('href'), `${path}: previous`).toBe(previous);
      expect(nextLink?.getAttribute('href'), `${path}: next`).toBe(next);
      if (previous) expect(text(prevLink?.querySelector('.pagination__label')), `${path}: previous`).toBe(h1(pageAt(previous)));
      if (next) expect(text(nextLink?.querySelector('.pagination__label')), `${path}: next`).toBe(h1(pageAt(next)));
    }
  });

  it('are not on the home page, the search page, the colofon, the accessibility statement or the 404 page', () => {
    expect(utility).toEqual(expect.arrayContaining(['/zoeken/', '/colofon/', '/toegankelijkheid/']));
    for (const path of utility) expect(pageAt(path).document.querySelector('nav.pagination'), path).toBeNull();
  });
});

describe('"Op deze pagina"', () => {
  const toc = (path: string) => pageAt(path).document.querySelector('main nav.toc');

  it('is on the long pages, each entry leading to a heading of the page', () => {
    for (const path of ['/domeinen/', '/interventietypen/']) {
      const page = pageAt(path);
      const targets = hrefs(toc(path)?.querySelectorAll('a') ?? []);
      expect(targets.length, path).toBeGreaterThanOrEqual(3);
      for (const target of targets)
        expect(page.document.querySelector(`main h2${target}, main h3${target}`), `${path}${target}`).not.toBeNull();
    }
    expect(hrefs(toc('/domeinen/')?.querySelectorAll('a') ?? [])).toEqual(domains.map((domain) => `#${domain.id}`));
  });

  it('is not on short pages, also when they have several headings', () => {
    for (const path of ['/colofon/', '/zoeken/', '/welbevinden/', '/onderzoek/', '/', '/404.html', '/domeinen/energie/']) {
      expect(toc(path), path).toBeNull();
    }
    expect(pageAt('/colofon/').document.querySelectorAll('main h2').length).toBeGreaterThanOrEqual(3);
  });

  it('on /literatuur/ is an A–Z jump that reaches the letter of every entry, at its first entry', () => {
    const page = pageAt('/literatuur/');
    const entries = page.document.querySelectorAll('ol.bibliography > li');
    expect(entries).toHaveLength(48);
    const letterOf = (entry: HTMLElement) => text(entry).normalize('NFD').charAt(0).toUpperCase();
    const firstOf = new Map<string, string>();
    for (const entry of entries) if (!firstOf.has(letterOf(entry))) firstOf.set(letterOf(entry), `#${entry.id}`);

    const links = toc('/literatuur/')?.querySelectorAll('a') ?? [];
    expect(links.map((link) => [text(link), link.getAttribute('href')])).toEqual([...firstOf]);
  });
});

describe('/interventietypen/ and /domeinen/', () => {
  it('names the box of links to other pages for what it is, with the domains’ full names', () => {
    const box = pageAt('/interventietypen/').document.querySelector('details.filters');
    expect(text(box?.querySelector('summary'))).toBe('Interventietypen per domein of doelgroep');
    const names = box?.querySelectorAll('a').map(text) ?? [];
    for (const domain of domains) expect(names).toContain(domain.data.label);
  });

  it('links every intervention type named on /domeinen/ to its page', () => {
    const cards = pageAt('/domeinen/').document.querySelectorAll('main .card');
    expect(cards).toHaveLength(domains.length);
    const titleOf = new Map(interventions.map((type) => [type.id, type.data.title]));
    for (const [index, domain] of domains.entries()) {
      const expected = domain.data.interventions.map((link) => `${titleOf.get(link.type.id)} → /interventietypen/${link.type.id}/`);
      const typeLinks = cards[index]!.querySelectorAll('a').filter((link) =>
        (link.getAttribute('href') ?? '').startsWith('/interventietypen/'),
      );
      expect(typeLinks.map((link) => `${text(link)} → ${link.getAttribute('href')}`).sort(), domain.id).toEqual([...expected].sort());
    }
  });
});

/** PUBLISHER_NAME and PUBLISHER_CONTACT as the build:subpath script sets them. */
function subpathPublisher(): { name: string; contact: string } {
  const script = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts[
    'build:subpath'
  ]!;
  const value = (name: string) =>
    /(?:'([^']*)'|(\S+))/
      .exec(script.slice(script.indexOf(`${name}=`) + name.length + 1))
      ?.slice(1)
      .find(Boolean);
  const name = value('PUBLISHER_NAME');
  const contact = value('PUBLISHER_CONTACT');
  if (!name || !contact) throw new Error('package.json: build:subpath sets no PUBLISHER_NAME and PUBLISHER_CONTACT');
  return { name, contact };
}

describe('who publishes the site, and where to report an error', () => {
  const aboutPages = ['/colofon/', '/toegankelijkheid/', '/404.html'];
  const linksTo = (page: BuiltPage, path: string) => hrefs(page.document.querySelectorAll('a')).includes(path);

  it('the accessibility statement is linked from every page’s footer and from the colofon', () => {
    for (const page of pages) {
      expect(hrefs(page.document.querySelectorAll('footer a')), page.path).toContain('/toegankelijkheid/');
    }
    expect(hrefs(pageAt('/colofon/').document.querySelectorAll('main a'))).toContain('/toegankelijkheid/');
  });

  it('the 404 page leads to search', () => {
    const page = pageAt('/404.html');
    expect(page.document.querySelector('main form[role="search"]')?.getAttribute('action')).toBe('/zoeken/');
    expect(linksTo(page, '/zoeken/')).toBe(true);
  });

  it('a local build without a publisher says so honestly on the colofon, the statement and the 404 page, with no contact link', () => {
    for (const path of aboutPages) {
      const main = pageAt(path).document.querySelector('main')!;
      const lines = main.querySelectorAll('.publisher-contact');
      expect(lines.length, path).toBeGreaterThan(0);
      for (const line of lines) {
        expect(text(line), path).toBe(t.publisher.notSet);
        expect(line.querySelectorAll('a'), path).toHaveLength(0);
      }
      expect(main.querySelectorAll('a[href^="mailto:"]'), path).toHaveLength(0);
    }
    for (const page of pages) expect(text(page.document.querySelector('footer')), page.path).not.toContain('uitgegeven door');
  });

  it('a build for a public address names the publisher and links the contact on the colofon, the statement, the 404 page and in every footer', () => {
    const { name, contact } = subpathPublisher();
    const built = builtPages(subpathDistDir);
    const at = (path: string) => built.find((page) => page.path === path)!;
    for (const path of aboutPages) {
      const main = at(path).document.querySelector('main')!;
      expect(main.querySelectorAll('[data-publisher="unset"]'), path).toHaveLength(0);
      expect(hrefs(main.querySelectorAll('.publisher-contact a')), path).toContain(`mailto:${contact}`);
    }
    for (const path of ['/colofon/', '/toegankelijkheid/']) {
      expect(text(at(path).document.querySelector('main')), path).toContain(t.publisher.publishedBy(name));
    }
    for (const page of built) {
      const footer = page.document.querySelector('footer')!;
      expect(text(footer), page.path).toContain(t.publisher.publishedBy(name));
      expect(hrefs(footer.querySelectorAll('a')), page.path).toEqual(
        expect.arrayContaining([`mailto:${contact}`, `${subpathBase}toegankelijkheid/`]),
      );
    }
  });

  it('the statement claims no compliance status and names what was not tested', () => {
    const statement = text(pageAt('/toegankelijkheid/').document.querySelector('main'));
    expect(statement).toContain('WCAG 2.2');
    expect(statement).toMatch(/nog geen handmatig onderzoek door een onafhankelijke deskundige/);
    expect(statement).not.toMatch(/de site voldoet (volledig|gedeeltelijk)/i);
  });
});

describe('the main menu marks where a page is', () => {
  it('on every page, the item of the page itself (aria-current="page") or of the part it lies under ("true"), and no other', () => {
    const wrong = pages.flatMap((page) => {
      const nav = page.document.querySelector(`nav[aria-label="${t.layout.mainNav}"]`);
      const items = nav?.querySelectorAll('a[href]') ?? [];
      if (items.length !== menu.length) return [`${page.path}: ${items.length} menu items, not ${menu.length}`];
      const marked = items
        .filter((item) => item.hasAttribute('aria-current'))
        .map((item) => `${item.getAttribute('href')} ${item.getAttribute('aria-current')}`);
      const current = expectedCurrent(page.path);
      const expected = current ? [`${current.path} ${current.value}`] : [];
      return JSON.stringify(marked) === JSON.stringify(expected)
        ? []
        : [`${page.path}: ${marked.join(', ') || 'none'} (expected ${expected.join(', ') || 'none'})`];
    });
    expect(pages.length).toBeGreaterThan(30);
    expect(wrong).toEqual([]);
  });
});
