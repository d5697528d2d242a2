/**
 * The site search (/zoeken/ and the header form) driven in Chromium on the built site: which page
 * a query finds, filters, the address, the keyboard, the site without JavaScript, what loads
 * where, how many bytes a search costs, axe, and excerpts shown as text. One server and one
 * browser for the file; every test has its own context, guarded against requests to other
 * origins, and fails on uncaught page errors, console errors and CSP violations. Run
 * `npm run build` first (it writes the Pagefind index to dist/pagefind/).
 *
 * The island waits 200 ms before it searches. Wait with locators (as below), never with
 * page.waitForFunction's default requestAnimationFrame polling, which starves the page's timers.
 */
import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { searchStrings as S } from '../../src/lib/i18n/search.nl';
import { t } from '../../src/lib/i18n/nl';
import { serviceWorkerScript } from '../../src/lib/inline-scripts';
import { wordsOf } from '../../src/lib/search/question';
import { format, plural } from '../../src/lib/text';
import { budgets } from '../budgets';
import { useBrowserSuite } from '../support/browser-suite';
import { readMdxFolder, readYamlList } from '../support/content-files';
import { builtPages } from '../support/dist';
import { axeScan, axeScanWithoutJavaScript, isFocused, openSession, sessionRunner, type OpenSession } from '../support/tool-session';

const TOOL = '/zoeken/';
const STATUS = '#zoekresultaten-status';
const RESULT_LINKS = '#zoekresultaten li.search__result h3 a';
const kB = 1024;
const gzip = (body: Buffer) => gzipSync(body, { level: 9 }).length;

const suite = useBrowserSuite('pagefind/pagefind.js');
const siteUrl = suite.siteUrl;
/** sessionRunner fails a session on foreign requests, page and console errors and CSP violations. */
const withSession = sessionRunner(suite);

// ---------------------------------------------------------------------------------------------
// Content the expectations are read from.

const interventions = readMdxFolder('interventions').map((entry) => ({ id: entry.id, title: String(entry.frontmatter.title) }));
const domains = readYamlList('domains.yaml').map((entry) => ({
  id: String(entry.id),
  label: String(entry.label),
  types: (entry.interventions as { type: string }[]).map((link) => link.type),
}));
const domain = (id: string) => {
  const found = domains.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No domain "${id}" in domains.yaml`);
  return found;
};
/** Pages Pagefind indexes: every built page whose <main> has data-pagefind-body. */
const indexedPaths = builtPages()
  .filter((page) => page.document.querySelector('main')?.hasAttribute('data-pagefind-body'))
  .map((page) => page.path);

// ---------------------------------------------------------------------------------------------
// Driving the search page.

/** A finished search says how many results there are, or that there are none. */
const finished = /\d+ resultaat|\d+ resultaten|Geen resultaten/;

async function statusText(page: Page): Promise<string> {
  return ((await page.locator(STATUS).textContent()) ?? '').trim();
}

/**
 * Waits until the search in the address has its results: the results region is no longer busy
 * (it is while Pagefind loads and while a search for the current query runs).
 */
async function settled(page: Page): Promise<string> {
  await page.locator('#zoekresultaten[aria-busy="false"]').waitFor();
  await page.locator(STATUS, { hasText: finished }).waitFor();
  return statusText(page);
}

/** Waits until the search island has rendered in the browser (its field is there from the server already). */
async function hydrated(page: Page): Promise<void> {
  await page.locator('astro-island[ssr]').first().waitFor({ state: 'detached' });
}

/** Opens /zoeken/ with a query (and more parameters) and waits for the results. */
async function openSearch(page: Page, q: string, more = ''): Promise<string> {
  await page.goto(siteUrl(`${TOOL}?q=${encodeURIComponent(q)}${more}`));
  return settled(page);
}

/** Does something that starts a new search (typing, a filter), then waits for that search. */
async function searchAfter(page: Page, change: () => Promise<void>): Promise<string> {
  await change();
  await page.locator(STATUS, { hasText: S.loading }).waitFor();
  await page.locator(STATUS, { hasText: finished }).waitFor();
  return statusText(page);
}

/** The result links in order, as site paths with their fragment ("/literatuur/#durlak-2011"). */
async function resultPaths(page: Page): Promise<string[]> {
  const hrefs = await page.locator(RESULT_LINKS).evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  return hrefs.map((href) => `${suite.sitePath(href)}${new URL(href).hash}`);
}

function countOf(status: string): number {
  if (status.startsWith('Geen resultaten')) return 0;
  const match = /^(\d+) resulta/.exec(status);
  if (!match) throw new Error(`Not a finished status: "${status}"`);
  return Number(match[1]);
}

const checkbox = (page: Page, filter: keyof typeof S.filterLabels, value: string) =>
  page
    .getByRole('group', { name: S.filterLabels[filter], exact: true })
    .getByRole('checkbox', { name: new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\)$`) });

/** What the focused element is, and whether it shows a focus indicator (outline or box-shadow). */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      label: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
      id: element.id,
      inFilters: element.closest('.search__filters') !== null,
      isCheckbox: element instanceof HTMLInputElement && element.type === 'checkbox',
      href: element instanceof HTMLAnchorElement ? element.getAttribute('href') : null,
      indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
    };
  });
}

// ---------------------------------------------------------------------------------------------
// a. What a query finds.

interface Expectation {
  query: string;
  expected: string;
  what: string;
}

const typePath = (id: string) => {
  if (!interventions.some((type) => type.id === id)) throw new Error(`No intervention type "${id}"`);
  return `/interventietypen/${id}/`;
};

const queryTable: Expectation[] = [
  // Every intervention type by (part of) its name.
  { query: 'mindfulness', expected: typePath('mindfulness'), what: 'type by name' },
  { query: 'pesten', expected: typePath('tegengaan-van-pesten'), what: 'type by name' },
  { query: 'peer mediators', expected: typePath('peer-mediators'), what: 'type by name' },
  { query: 'oudertraining', expected: typePath('oudertraining'), what: 'type by name' },
  { query: 'klassenmanagement', expected: typePath('klassenmanagement'), what: 'type by name' },
  { query: 'cognitieve gedragstherapie', expected: typePath('cognitieve-gedragstherapie'), what: 'type by name' },
  { query: 'woedebeheersing', expected: typePath('woedebeheersing'), what: 'type by name' },
  { query: 'stressmanagement', expected: typePath('stressmanagement'), what: 'type by name' },
  { query: 'conflicthantering', expected: typePath('conflicthantering'), what: 'type by name' },
  { query: 'nee zeggen', expected: typePath('nee-zeggen'), what: 'type by name' },
  { query: 'veerkracht', expected: typePath('veerkracht'), what: 'type by name' },
  { query: 'sociale vaardigheden', expected: typePath('sociale-vaardigheden'), what: 'type by name' },
  { query: 'sociaal-emotionele vaardigheden', expected: typePath('sociaal-emotionele-vaardigheden'), what: 'type by name' },
  // Types by a word that is only in their description.
  { query: 'groepsdruk', expected: typePath('nee-zeggen'), what: 'type by description' },
  { query: 'bemiddelaar', expected: typePath('peer-mediators'), what: 'type by description' },
  { query: 'boosheid', expected: typePath('woedebeheersing'), what: 'type by description' },
  { query: 'ademhaling', expected: typePath('mindfulness'), what: 'type by description' },
  // Every domain by its name.
  ...domains.map((entry) => ({ query: entry.label, expected: `/domeinen/${entry.id}/`, what: 'domain by name' })),
  // Authors of the literature list.
  { query: 'Durlak', expected: '/literatuur/#durlak-2011', what: 'author' },
  { query: 'Zenner', expected: '/literatuur/#zenner-2014', what: 'author' },
  { query: 'Weare', expected: '/literatuur/#weare-2015', what: 'author' },
  { query: 'Weare', expected: '/literatuur/#weare-nind-2011', what: 'author' },
  // Databanks.
  { query: 'Loket Gezond Leven', expected: '/interventies-vinden/', what: 'databank' },
  { query: 'Databank Effectieve Jeugdinterventies', expected: '/interventies-vinden/', what: 'databank' },
  // The research findings.
  { query: 'schooluitval', expected: '/onderzoek/', what: 'research finding' },
  { query: 'werkgeheugen', expected: '/onderzoek/', what: 'research finding' },
  // Inflected Dutch forms.
  { query: 'gepest', expected: typePath('tegengaan-van-pesten'), what: 'inflected form' },
  { query: 'emotie', expected: '/domeinen/omgaan-met-emoties/', what: 'inflected form' },
  { query: 'emoties', expected: '/domeinen/omgaan-met-emoties/', what: 'inflected form' },
];

describeQueryTable('a. what a query finds', queryTable, 22);

// ---------------------------------------------------------------------------------------------
// a2. A teacher's own words.

/**
 * Queries as teachers type them: everyday words and short questions, not sentences of the
 * guidance, written without looking at the `searchTerms` of the content (the terms are written
 * from each page's own text; this table is a sample of how teachers ask, so the mechanism must
 * generalise). Every domain and every intervention type is in it, and attendance, anxiety,
 * online bullying, anger, home situations and parents. Each must find its page in the top 3 of
 * the result list.
 */
const domainPath = (id: string) => `/domeinen/${domain(id).id}/`;
const teacherTable: Expectation[] = [
  { query: 'leerling spijbelt', expected: domainPath('aanwezigheid'), what: 'attendance' },
  { query: 'veel absenties in mijn klas', expected: domainPath('aanwezigheid'), what: 'attendance' },
  { query: 'kind komt niet meer naar school', expected: domainPath('aanwezigheid'), what: 'attendance' },
  { query: 'spijbelen wat kan ik doen', expected: domainPath('aanwezigheid'), what: 'attendance, question' },
  { query: 'leerlingen zijn heel moe', expected: domainPath('energie'), what: 'domain' },
  { query: 'leerlingen slapen te weinig', expected: domainPath('energie'), what: 'domain' },
  { query: 'kan zich niet concentreren', expected: domainPath('concentratie'), what: 'domain' },
  { query: 'snel afgeleid door telefoon', expected: domainPath('concentratie'), what: 'domain' },
  { query: 'heeft geen vrienden', expected: domainPath('contact-leeftijdgenoten'), what: 'domain' },
  { query: 'wordt buitengesloten in de pauze', expected: domainPath('contact-leeftijdgenoten'), what: 'domain' },
  { query: 'slechte band met de mentor', expected: domainPath('contact-docenten'), what: 'domain' },
  { query: 'durft niets te vragen aan de juf', expected: domainPath('contact-docenten'), what: 'domain' },
  { query: 'ongemotiveerd', expected: domainPath('motivatie'), what: 'domain' },
  { query: 'leerlingen hebben nergens zin in', expected: domainPath('motivatie'), what: 'domain' },
  { query: 'maakt zijn huiswerk niet', expected: domainPath('motivatie'), what: 'domain' },
  { query: 'huilt snel', expected: domainPath('omgaan-met-emoties'), what: 'domain' },
  { query: 'mijn leerling is vaak bang', expected: domainPath('omgaan-met-emoties'), what: 'anxiety' },
  { query: 'hoe ga ik om met een angstige leerling', expected: domainPath('omgaan-met-emoties'), what: 'anxiety, question' },
  { query: 'niet lekker in zijn vel', expected: domainPath('algemene-stemming'), what: 'domain' },
  { query: 'somber en teruggetrokken', expected: domainPath('algemene-stemming'), what: 'domain' },
  { query: 'leerling lijkt depressief', expected: domainPath('algemene-stemming'), what: 'domain' },
  { query: 'laag zelfbeeld', expected: domainPath('eigen-kunnen'), what: 'domain' },
  { query: 'durft geen fouten te maken', expected: domainPath('eigen-kunnen'), what: 'domain' },
  { query: 'kan slecht tegen tegenslagen', expected: domainPath('veerkracht-leerling'), what: 'domain' },
  { query: 'problemen in de thuissituatie', expected: domainPath('veerkracht-gezin'), what: 'home situation' },
  { query: 'ouders hebben geldzorgen', expected: domainPath('veerkracht-gezin'), what: 'home situation, parents' },
  { query: 'ouders zijn moeilijk bereikbaar', expected: domainPath('veerkracht-gezin'), what: 'parents' },
  { query: 'online gepest', expected: typePath('tegengaan-van-pesten'), what: 'online bullying' },
  { query: 'pesten via whatsapp', expected: typePath('tegengaan-van-pesten'), what: 'online bullying' },
  { query: 'wat doe je tegen pesten', expected: typePath('tegengaan-van-pesten'), what: 'bullying, question' },
  { query: 'agressief gedrag', expected: typePath('woedebeheersing'), what: 'anger' },
  { query: 'woedeuitbarstingen in de klas', expected: typePath('woedebeheersing'), what: 'anger' },
  { query: 'leerling is vaak boos', expected: typePath('woedebeheersing'), what: 'anger' },
  { query: 'ruzie in de klas oplossen', expected: typePath('conflicthantering'), what: 'type' },
  { query: 'leerlingen bemiddelen bij ruzies', expected: typePath('peer-mediators'), what: 'type' },
  { query: 'leerlingen als mediator', expected: typePath('peer-mediators'), what: 'type' },
  { query: 'ademhalingsoefeningen', expected: typePath('mindfulness'), what: 'type' },
  { query: 'meer rust in de klas', expected: typePath('klassenmanagement'), what: 'type' },
  { query: 'orde houden lukt niet', expected: typePath('klassenmanagement'), what: 'type' },
  { query: 'leerlingen durven geen nee te zeggen', expected: typePath('nee-zeggen'), what: 'type' },
  { query: 'meedoen met roken', expected: typePath('nee-zeggen'), what: 'type' },
  { query: 'opvoedondersteuning voor ouders', expected: typePath('oudertraining'), what: 'parents' },
  { query: 'ouders hulp bij opvoeding', expected: typePath('oudertraining'), what: 'parents' },
  { query: 'stress voor toetsen', expected: typePath('stressmanagement'), what: 'type' },
  { query: 'prestatiedruk', expected: typePath('stressmanagement'), what: 'type' },
  { query: 'piekert veel', expected: typePath('cognitieve-gedragstherapie'), what: 'anxiety' },
  { query: 'therapie voor angst', expected: typePath('cognitieve-gedragstherapie'), what: 'anxiety' },
  { query: 'gevoelens leren benoemen', expected: typePath('sociaal-emotionele-vaardigheden'), what: 'type' },
  { query: 'lessen over empathie', expected: typePath('sociaal-emotionele-vaardigheden'), what: 'type' },
  { query: 'leren samenwerken en contact maken', expected: typePath('sociale-vaardigheden'), what: 'type' },
  { query: 'sociaal onhandige leerling', expected: typePath('sociale-vaardigheden'), what: 'type' },
  { query: 'weerbaarheid vergroten', expected: typePath('veerkracht'), what: 'type' },
  { query: 'werkdruk leerkrachten', expected: typePath('veerkracht'), what: 'type' },
];

/**
 * Runs a query table in the browser: each query in a tab of one session, then a printed table of
 * ranks. Every row must have its page in the top 3, unless `minimumInTop3` is given: a held-out
 * table measures how far the rule for search terms reaches, so it asserts how many rows do (the
 * number measured when the terms last changed, which may only go up) and prints the others.
 */
function describeQueryTable(title: string, table: readonly Expectation[], minimumRows: number, minimumInTop3?: number) {
  describe(title, () => {
    const queries = [...new Set(table.map((row) => row.query))];
    const found = new Map<string, { status: string; paths: string[] }>();
    /** One session for every query (Pagefind stays in its cache); closing it asserts as withSession does. */
    let session: OpenSession | undefined;
    beforeAll(async () => {
      session = await openSession(suite);
    });
    afterAll(async () => {
      await session?.close();
    });

    const name = minimumInTop3 === undefined ? '"%s" finds its expected pages in the top 3' : '"%s" is searched';
    it.concurrent.for(queries)(name, { timeout: 60_000 }, async (query, { expect }) => {
      if (!session) throw new Error('The search session did not open (see beforeAll).');
      const page = await session.newTab();
      try {
        const status = await openSearch(page, query);
        const paths = await resultPaths(page);
        found.set(query, { status, paths });
        expect(await page.inputValue('#zoekterm'), 'the search box holds the query').toBe(query);
        if (minimumInTop3 !== undefined) return;
        for (const row of table.filter((candidate) => candidate.query === query)) {
          const rank = paths.indexOf(row.expected) + 1;
          const where = `${row.expected} (${row.what}); top 3: ${paths.slice(0, 3).join(', ') || 'none'}`;
          expect.soft(rank, where).toBeGreaterThan(0);
          expect.soft(rank, where).toBeLessThanOrEqual(3);
        }
      } finally {
        await page.close();
      }
    });

    it('the table covers every kind of query (printed for the record)', () => {
      const rows = table.map((row) => {
        const result = found.get(row.query);
        const rank = (result?.paths.indexOf(row.expected) ?? -1) + 1;
        return { ...row, rank, count: result ? countOf(result.status) : 0, top: (result?.paths ?? []).slice(0, 3) };
      });
      const printed = [
        '| query | expected | rank | results | top 3 |',
        '|---|---|---|---|---|',
        ...rows.map((row) => `| ${row.query} | ${row.expected} | ${row.rank || '–'} | ${row.count} | ${row.top.join(', ')} |`),
      ].join('\n');
      console.log(`${title} (${rows.length} rows, ${queries.length} queries):\n${printed}`);
      expect(table.length).toBeGreaterThanOrEqual(minimumRows);
      expect(
        queries.filter((query) => !found.has(query)),
        'queries whose test did not finish',
      ).toEqual([]);
      if (minimumInTop3 !== undefined) {
        const inTop3 = rows.filter((row) => row.rank > 0 && row.rank <= 3).length;
        console.log(`${title}: ${inTop3} of ${rows.length} rows have their page in the top 3`);
        expect(inTop3, 'rows with their page in the top 3').toBeGreaterThanOrEqual(minimumInTop3);
      }
    });
  });
}

describeQueryTable("a2. a teacher's own words", teacherTable, 40);

describe("a2. the teacher table's coverage", () => {
  it('has every domain and every intervention type', () => {
    const expected = new Set(teacherTable.map((row) => row.expected));
    expect(domains.map((entry) => domainPath(entry.id)).filter((path) => !expected.has(path))).toEqual([]);
    expect(interventions.map((type) => typePath(type.id)).filter((path) => !expected.has(path))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// a3. Held out: words in another form, life events, moods.

/**
 * Queries written before the search terms were extended by rule (README, "Search terms"), and
 * never used to choose a term: the terms follow the rule, and this table measures whether the rule
 * reaches questions it was not written for. Three kinds of question the other tables miss: a word
 * in another form than the site's (a participle, an inflected adjective, a conjugated or separated
 * verb), an event in a pupil's life, and a word for a mood. Where the guidance does not name an
 * event ("scheiden"), the expected page is the one the rest of the question leads to.
 *
 * 15 of 25 had their page in the top 3 before the rule, 23 after. The two misses are left as they
 * are rather than fixed with a term for them: "wijk" (the guidance says "buurt") and "coronatijd"
 * (the research page says "coronacrisis"; a compound is matched by its whole first part only).
 */
const heldOutTable: Expectation[] = [
  { query: 'mijn leerling wordt gepest', expected: typePath('tegengaan-van-pesten'), what: 'participle' },
  { query: 'heeft gespijbeld', expected: domainPath('aanwezigheid'), what: 'participle' },
  { query: 'afgehaakt', expected: domainPath('motivatie'), what: 'participle, separable verb' },
  { query: 'gestrest voor de toets', expected: typePath('stressmanagement'), what: 'participle' },
  { query: 'blijft weg van school', expected: domainPath('aanwezigheid'), what: 'separated verb' },
  { query: 'trekt zich terug', expected: domainPath('algemene-stemming'), what: 'separated verb' },
  { query: 'loopt mee met de groep', expected: typePath('nee-zeggen'), what: 'separated verb' },
  { query: 'slaapt slecht', expected: domainPath('energie'), what: 'conjugated verb' },
  { query: 'thuiszitters', expected: domainPath('aanwezigheid'), what: 'plural' },
  { query: 'eenzame leerling', expected: domainPath('algemene-stemming'), what: 'inflected adjective' },
  { query: 'lusteloze klas', expected: domainPath('energie'), what: 'inflected adjective' },
  { query: 'boze leerling', expected: typePath('woedebeheersing'), what: 'inflected adjective' },
  { query: 'onzekere leerling', expected: domainPath('eigen-kunnen'), what: 'inflected adjective' },
  { query: 'ongelukkige kinderen', expected: domainPath('algemene-stemming'), what: 'inflected adjective' },
  { query: 'vluchteling in de klas', expected: domainPath('veerkracht-leerling'), what: 'life event' },
  { query: 'gevlucht uit een oorlogsgebied', expected: domainPath('veerkracht-leerling'), what: 'life event' },
  { query: 'geweld in de wijk', expected: domainPath('veerkracht-leerling'), what: 'life event' },
  { query: 'kind groeit op in armoede', expected: domainPath('veerkracht-gezin'), what: 'life event' },
  { query: 'ouder is ernstig ziek', expected: domainPath('veerkracht-gezin'), what: 'life event' },
  { query: 'ouders gaan scheiden', expected: domainPath('veerkracht-gezin'), what: 'life event the guidance does not name' },
  { query: 'gevolgen van de coronatijd', expected: '/onderzoek/', what: 'life event' },
  { query: 'voelt zich down', expected: domainPath('algemene-stemming'), what: 'mood' },
  { query: 'voelt zich eenzaam', expected: domainPath('algemene-stemming'), what: 'mood' },
  { query: 'leerlingen zijn lusteloos', expected: domainPath('energie'), what: 'mood' },
  { query: 'gelukkig en tevreden', expected: '/welbevinden/', what: 'mood' },
];

describeQueryTable('a3. held out: other forms, life events, moods', heldOutTable, 20, 23);

describe('a3. the held-out table is new', () => {
  it('repeats no query of the other tables', () => {
    const earlier = new Set([...queryTable, ...teacherTable].map((row) => row.query.toLocaleLowerCase('nl')));
    expect(heldOutTable.filter((row) => earlier.has(row.query.toLocaleLowerCase('nl'))).map((row) => row.query)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// b. Filters.

describe('b. filters', () => {
  it('narrows to intervention types, then to a domain, keeps them in the address, and "Alle filters weghalen" restores', async () => {
    await withSession({}, async ({ page }) => {
      const all = countOf(await openSearch(page, 'veerkracht'));
      const allPaths = await resultPaths(page);
      expect(all).toBeGreaterThan(5);
      expect(
        allPaths.some((path) => !path.startsWith('/interventietypen/')),
        'unfiltered results include other pages',
      ).toBe(true);
      // Filters appear once Pagefind has loaded its filter lists.
      await expect.poll(() => page.locator('.search__filter').count()).toBe(3);

      const soort = checkbox(page, 'soort', 'Interventietype');
      const typesOnly = await searchAfter(page, () => soort.check());
      expect(await soort.isChecked()).toBe(true);
      expect(typesOnly).toBe(format(plural(countOf(typesOnly), S.countFiltered), { q: 'veerkracht' }));
      const typeCount = countOf(typesOnly);
      expect(typeCount).toBeGreaterThan(0);
      expect(typeCount).toBeLessThan(all);
      const typePaths = await resultPaths(page);
      expect(typePaths.length).toBe(Math.min(typeCount, 10));
      expect(
        typePaths.filter((path) => !/^\/interventietypen\/(?!doelgroep\/)[^/]+\/$/.test(path)),
        'results that are not intervention types',
      ).toEqual([]);
      expect(await page.locator('#zoekresultaten .search__kind').allTextContents()).toEqual(
        typePaths.map(() => t.search.kinds.interventietype),
      );
      expect(new URL(page.url()).searchParams.getAll('soort')).toEqual(['Interventietype']);
      expect(new URL(page.url()).searchParams.get('q')).toBe('veerkracht');

      const family = domain('veerkracht-gezin');
      const domainBox = checkbox(page, 'domein', family.label);
      const narrower = countOf(await searchAfter(page, () => domainBox.check()));
      const narrowerPaths = await resultPaths(page);
      expect(narrower).toBeGreaterThan(0);
      expect(narrower).toBeLessThan(typeCount);
      expect(
        narrowerPaths.filter((path) => !family.types.map(typePath).includes(path)),
        `results not linked to "${family.label}"`,
      ).toEqual([]);
      expect(new URL(page.url()).searchParams.getAll('domein')).toEqual([family.label]);
      expect(new URL(page.url()).searchParams.getAll('soort')).toEqual(['Interventietype']);

      const clear = page.getByRole('button', { name: S.clearFilters });
      const restored = await searchAfter(page, () => clear.click());
      expect(restored).toBe(format(plural(all, S.count), { q: 'veerkracht' }));
      expect(await resultPaths(page)).toEqual(allPaths);
      expect(await soort.isChecked()).toBe(false);
      expect(await domainBox.isChecked()).toBe(false);
      expect(await clear.count(), 'the button goes once no filter is set').toBe(0);
      expect(new URL(page.url()).search).toBe('?q=veerkracht');
    });
  });

  it('opens /zoeken/?q=…&soort=Literatuur with the box ticked and only literature results', async () => {
    await withSession({}, async ({ page }) => {
      const veerkracht = await openSearch(page, 'veerkracht', '&soort=Literatuur');
      expect(await checkbox(page, 'soort', 'Literatuur').isChecked()).toBe(true);
      expect(await checkbox(page, 'soort', 'Interventietype').isChecked()).toBe(false);
      expect(veerkracht).toContain('met de gekozen filters');
      const veerkrachtPaths = await resultPaths(page);
      expect(veerkrachtPaths.filter((path) => !path.startsWith('/literatuur/#'))).toEqual([]);
      console.log(`/zoeken/?q=veerkracht&soort=Literatuur: "${veerkracht}" ${veerkrachtPaths.join(', ')}`);

      // The same with a word that is in literature titles too, so the filter has something to show.
      const unfiltered = countOf(await openSearch(page, 'mindfulness'));
      const literature = await openSearch(page, 'mindfulness', '&soort=Literatuur');
      expect(await checkbox(page, 'soort', 'Literatuur').isChecked()).toBe(true);
      const paths = await resultPaths(page);
      expect(countOf(literature)).toBeGreaterThan(0);
      expect(countOf(literature)).toBeLessThan(unfiltered);
      expect(paths).toContain('/literatuur/#zenner-2014');
      expect(paths.filter((path) => !path.startsWith('/literatuur/#'))).toEqual([]);
      expect(new URL(page.url()).search).toBe('?q=mindfulness&soort=Literatuur');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// c. The address.

describe('c. the address', () => {
  it('opens ?q= with results, follows typing in the address without reloading, and says when nothing is found', async () => {
    await withSession({}, async ({ page }) => {
      const first = await openSearch(page, 'pesten');
      expect(countOf(first)).toBeGreaterThan(0);
      expect(first).toBe(format(plural(countOf(first), S.count), { q: 'pesten' }));
      expect(await page.inputValue('#zoekterm')).toBe('pesten');
      expect((await resultPaths(page))[0]).toBe(typePath('tegengaan-van-pesten'));

      await page.evaluate(() => {
        (window as unknown as { __samePage: boolean }).__samePage = true;
      });
      const historyLength = await page.evaluate(() => history.length);
      const second = await searchAfter(page, () => page.fill('#zoekterm', 'mindfulness'));
      expect(second).toBe(format(plural(countOf(second), S.count), { q: 'mindfulness' }));
      expect(new URL(page.url()).search).toBe('?q=mindfulness');
      expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage), 'the page was not reloaded').toBe(true);
      expect(await page.evaluate(() => history.length), 'the address is replaced, not pushed').toBe(historyLength);
      expect((await resultPaths(page))[0]).toBe(typePath('mindfulness'));

      const nonsense = 'zwembadvergunning';
      const none = await searchAfter(page, () => page.fill('#zoekterm', nonsense));
      expect(none).toBe(format(S.none, { q: nonsense }));
      expect(none).toBe(`Geen resultaten voor ‘${nonsense}’.`);
      expect(new URL(page.url()).search).toBe(`?q=${nonsense}`);
      expect(await page.locator(RESULT_LINKS).count()).toBe(0);
      const overview = page.locator('#zoekresultaten').getByRole('link', { name: S.noneLink, exact: true });
      expect(await overview.count()).toBe(1);
      expect(suite.sitePath(await overview.evaluate((anchor) => (anchor as HTMLAnchorElement).href))).toBe('/interventietypen/');

      await searchAfter(page, () => page.fill('#zoekterm', '   pesten  '));
      expect(new URL(page.url()).search, 'the address holds the trimmed query').toBe('?q=pesten');
      await page.fill('#zoekterm', '');
      await page.locator(STATUS, { hasText: S.start }).waitFor();
      await expect.poll(() => new URL(page.url()).search, { message: 'an empty query clears the address' }).toBe('');
      expect(await page.locator(RESULT_LINKS).count()).toBe(0);
    });
  });

  it('never announces a wrong outcome on the way to the results (status texts in order)', async () => {
    await withSession({}, async ({ page, context }) => {
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __statuses: string[] }).__statuses = seen;
        new MutationObserver(() => {
          const text = document.getElementById('zoekresultaten-status')?.textContent?.trim();
          if (text && seen.at(-1) !== text) seen.push(text);
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      const statuses = () => page.evaluate(() => [...(window as unknown as { __statuses: string[] }).__statuses]);

      const opened = await openSearch(page, 'pesten');
      const onOpen = await statuses();
      const onType: string[] = [];
      const typed = await searchAfter(page, async () => {
        await page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses.splice(0));
        await page.fill('#zoekterm', 'mindfulness');
      });
      onType.push(...(await statuses()));

      // Opening with ?q=: the server's invitation to type (it cannot know the query), "Zoeken…", then the results.
      expect.soft(onOpen, 'status texts while /zoeken/?q=pesten opens').toEqual([S.start, S.loading, opened]);
      // Typing a new query: "Zoeken…", then its results; never the old count with the new query.
      expect.soft(onType, 'status texts after typing "mindfulness"').toEqual([S.loading, typed]);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// d. Keyboard only.

describe('d. keyboard', () => {
  it('"/" and Ctrl+K focus the header box, Enter searches, Tab reaches the filters and the first result with a visible focus ring', async () => {
    await withSession({ viewport: { width: 1280, height: 800 } }, async ({ page }) => {
      const headerBox = page.locator('#site-search-q');
      await page.goto(siteUrl('/onderzoek/'));
      await page.keyboard.press('/');
      expect(await isFocused(headerBox), '"/" focuses the header search box').toBe(true);
      expect(await headerBox.inputValue(), 'the "/" itself is not typed').toBe('');
      expect((await focusState(page))?.indicator, 'the header box shows its focus').toBe(true);

      await page.keyboard.type('pesten');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === TOOL && url.search === '?q=pesten');
      expect(countOf(await settled(page))).toBeGreaterThan(0);
      const firstResult = (await page.locator(RESULT_LINKS).first().getAttribute('href')) ?? '';
      expect(firstResult).toBe(typePath('tegengaan-van-pesten'));

      const invisible: string[] = [];
      let filterReached = false;
      let resultReached = false;
      for (let presses = 0; presses < 120 && !resultReached; presses += 1) {
        await page.keyboard.press('Tab');
        const focus = await focusState(page);
        if (!focus) continue;
        if (!focus.indicator) invisible.push(focus.label);
        if (focus.inFilters && focus.isCheckbox) filterReached = true;
        if (focus.href === firstResult) {
          resultReached = true;
          expect(filterReached, 'the filters come before the results').toBe(true);
        }
      }
      expect(filterReached, 'Tab reaches a filter checkbox').toBe(true);
      expect(resultReached, 'Tab reaches the first result link').toBe(true);
      expect(invisible, 'focused elements without a visible focus indicator').toEqual([]);

      // Space ticks a focused filter.
      await page.locator('.search__filters input[type="checkbox"]').first().focus();
      await searchAfter(page, () => page.keyboard.press('Space'));
      expect(await page.locator('.search__filters input[type="checkbox"]').first().isChecked()).toBe(true);

      // "/" inside a text field is a character, not a jump to the header box.
      const searchBox = page.locator('#zoekterm');
      await searchBox.focus();
      await page.keyboard.press('End');
      await page.keyboard.type('/x');
      expect(await isFocused(searchBox), '"/" in the search field keeps the focus there').toBe(true);
      expect(await searchBox.inputValue()).toBe('pesten/x');
      expect(await headerBox.inputValue()).toBe('');

      // Ctrl+K on a content page.
      await page.goto(siteUrl('/interventietypen/mindfulness/'));
      await page.keyboard.press('Control+k');
      expect(await isFocused(headerBox), 'Ctrl+K focuses the header search box').toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      expect(await isFocused(headerBox)).toBe(true);
      await page.keyboard.type('mindfulness/meditatie');
      expect(await headerBox.inputValue(), '"/" typed in the header box stays in it').toBe('mindfulness/meditatie');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// e. Without JavaScript.

describe('e. without JavaScript', () => {
  it('the header form leads to /zoeken/?q=, which lists every page (each answering 200); with JavaScript the same address shows results', async () => {
    const target = await withSession({ javaScriptEnabled: false }, async ({ page, context }) => {
      await page.goto(siteUrl('/onderzoek/'));
      await page.fill('#site-search-q', 'sociale vaardigheden');
      await page.press('#site-search-q', 'Enter');
      await page.waitForURL((url) => url.pathname === TOOL);
      const url = new URL(page.url());
      expect(url.search).toBe('?q=sociale+vaardigheden');
      expect(new URLSearchParams(url.search).get('q')).toBe('sociale vaardigheden');

      const heading = page.getByRole('heading', { name: t.searchPage.noScriptHeading, exact: true });
      expect(await heading.isVisible()).toBe(true);
      // (getByText skips <noscript> content, so read the paragraph itself.)
      const intro = page.locator('.search-fallback p').first();
      expect(await intro.isVisible()).toBe(true);
      expect((await intro.textContent())?.trim()).toBe(t.searchPage.noScriptIntro);
      const links = await page
        .locator('.search-fallback a')
        .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      expect(links.length).toBeGreaterThanOrEqual(30);
      const notOk: string[] = [];
      for (const link of links) {
        const response = await context.request.get(link);
        if (response.status() !== 200) notOk.push(`${link} → ${response.status()}`);
      }
      expect(notOk, 'links in the list that do not answer 200').toEqual([]);
      expect(links.map((link) => suite.sitePath(link))).toEqual(
        expect.arrayContaining([...interventions.map((type) => typePath(type.id)), ...domains.map((entry) => `/domeinen/${entry.id}/`)]),
      );
      return page.url();
    });

    await withSession({}, async ({ page }) => {
      await page.goto(target);
      const status = await settled(page);
      expect(status).toBe(format(plural(countOf(status), S.count), { q: 'sociale vaardigheden' }));
      expect((await resultPaths(page)).slice(0, 3)).toContain(typePath('sociale-vaardigheden'));
      expect(await page.getByRole('heading', { name: t.searchPage.noScriptHeading }).count()).toBe(0);
    });
  });

  it('the list without JavaScript has every page of the search index', async () => {
    const listed = await withSession({ javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(siteUrl(`${TOOL}?q=x`));
      return (
        await page.locator('.search-fallback a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))
      ).map((href) => suite.sitePath(href));
    });
    expect(indexedPaths.length).toBeGreaterThan(30);
    expect(
      indexedPaths.filter((path) => !listed.includes(path)),
      'indexed pages missing from the list without JavaScript',
    ).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// f. What loads where.

describe('f. what loads where', () => {
  it('content pages load no script file and nothing from /pagefind/, also while typing in the header box; /zoeken/ loads Pagefind once the reader starts', async () => {
    await withSession({}, async ({ page }) => {
      const requests: { url: string; type: string }[] = [];
      page.on('request', (request) => {
        requests.push({ url: request.url(), type: request.resourceType() });
      });
      const isPagefind = (url: string) => suite.sitePath(url).startsWith('/pagefind/');

      for (const path of ['/onderzoek/', typePath('mindfulness')]) {
        requests.length = 0;
        await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
        await page.keyboard.press('/');
        await page.keyboard.type('pesten');
        expect(await page.locator('form.site-search input[name="q"]').inputValue(), 'typed into the header box').toBe('pesten');
        // Nothing on the page could load a file later: no inline script imports or fetches. Except
        // the service worker's registration, which loads update.js only when a new version of
        // the site waits (tests/nginx/update.test.ts).
        const inline = (await page.locator('script:not([src])').allTextContents()).filter((code) => code !== serviceWorkerScript);
        expect(
          inline.filter((code) => /import\(|fetch\(|pagefind|createElement\(['"]script/i.test(code)),
          `inline scripts on ${path} that could load files`,
        ).toEqual([]);
        expect(
          requests.filter((request) => request.type === 'script').map((request) => request.url),
          `script files requested by ${path}`,
        ).toEqual([]);
        expect(
          requests.filter((request) => isPagefind(request.url)).map((request) => request.url),
          `/pagefind/ files requested by ${path}`,
        ).toEqual([]);
        expect(await page.locator('script[src]').count(), `<script src> on ${path}`).toBe(0);
      }

      // /zoeken/ without a query waits for the reader: Pagefind loads when the search box gets focus.
      requests.length = 0;
      await page.goto(siteUrl(TOOL), { waitUntil: 'networkidle' });
      await hydrated(page);
      expect(
        requests.filter((request) => isPagefind(request.url)).map((request) => request.url),
        '/pagefind/ before the reader starts',
      ).toEqual([]);
      await page.locator('#zoekterm').focus();
      await page.locator('.search__filter').first().waitFor();
      expect(requests.map((request) => suite.sitePath(request.url))).toContain('/pagefind/pagefind.js');
      expect(requests.filter((request) => request.type === 'script').length).toBeGreaterThan(1);
    });
  });

  it('a reader who puts the cursor in the field before the page’s script has run still gets Pagefind and the filters', async () => {
    await withSession({}, async ({ page }) => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/_astro\/Search\.[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(siteUrl(TOOL), { waitUntil: 'domcontentloaded' });
      await page.locator('#zoekterm').focus();
      expect(await page.locator('astro-island[ssr]').count(), 'the island has not rendered yet').toBe(1);
      release();
      await hydrated(page);
      await page.locator('.search__filter').first().waitFor();
    });
  });

  it('on a wide screen the results keep their wide column: the status line does not move or narrow when the filters appear', async () => {
    await withSession({ viewport: { width: 1280, height: 900 } }, async ({ page }) => {
      await page.goto(siteUrl(TOOL));
      await hydrated(page);
      const status = page.locator(STATUS);
      await status.waitFor();
      const before = await status.boundingBox();
      await page.locator('#zoekterm').focus();
      await page.locator('.search__filter').first().waitFor();
      const after = await status.boundingBox();
      const filters = await page.locator('.search__filters').boundingBox();
      expect(before, 'the status line before Pagefind loads').toEqual(after);
      expect(before!.width, 'width of the status line').toBeGreaterThan(500);
      expect(before!.x, 'the status line right of the filters').toBeGreaterThanOrEqual(filters!.x + filters!.width);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// g. Bytes.

describe('g. transfer budget', () => {
  it(`a first query transfers under ${budgets.firstSearch / kB} kB from /pagefind/ (gzip level 9), a second one less`, async () => {
    await withSession({}, async ({ page }) => {
      const bodies: Promise<{ url: string; bytes: number }>[] = [];
      const onResponse = (response: Response) => {
        if (!suite.sitePath(response.url()).startsWith('/pagefind/')) return;
        bodies.push(response.body().then((body) => ({ url: suite.sitePath(response.url()), bytes: gzip(body) })));
      };
      page.on('response', onResponse);

      await openSearch(page, 'pesten');
      const first = await Promise.all(bodies.splice(0));
      const firstBytes = first.reduce((sum, file) => sum + file.bytes, 0);

      await searchAfter(page, () => page.fill('#zoekterm', 'mindfulness'));
      await page.locator(RESULT_LINKS).first().waitFor();
      const second = await Promise.all(bodies.splice(0));
      const secondBytes = second.reduce((sum, file) => sum + file.bytes, 0);

      console.log(
        `Search transfer (gzip -9 of every /pagefind/ response): first query "pesten" ${firstBytes} bytes (${(firstBytes / kB).toFixed(1)} kB) in ${first.length} files; ` +
          `second query "mindfulness" ${secondBytes} bytes (${(secondBytes / kB).toFixed(1)} kB) in ${second.length} files\n` +
          first.map((file) => `  ${file.url} ${file.bytes}`).join('\n'),
      );
      expect(first.map((file) => file.url)).toContain('/pagefind/pagefind.js');
      expect(
        first.some((file) => file.url.endsWith('.pagefind')),
        'the WebAssembly is counted',
      ).toBe(true);
      expect(firstBytes).toBeLessThan(budgets.firstSearch);
      expect(second.length).toBeGreaterThan(0);
      expect(secondBytes).toBeLessThan(firstBytes);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// h. Accessibility.

describe('h. axe (WCAG 2.2 AA)', () => {
  it('has no violations with results and a filter, with no results, without JavaScript, and in the dark scheme', async () => {
    const violations: string[] = [];
    await withSession({}, async ({ page }) => {
      await openSearch(page, 'veerkracht');
      await searchAfter(page, () => checkbox(page, 'soort', 'Interventietype').check());
      expect(await page.locator(RESULT_LINKS).count()).toBeGreaterThan(0);
      violations.push(...(await axeScan(page, 'results with a filter')));

      await openSearch(page, 'zwembadvergunning');
      expect(await page.locator(RESULT_LINKS).count()).toBe(0);
      violations.push(...(await axeScan(page, 'no results')));
    });
    await withSession({ colorScheme: 'dark' }, async ({ page }) => {
      await openSearch(page, 'veerkracht');
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      violations.push(...(await axeScan(page, 'dark scheme with results')));
    });
    violations.push(...(await axeScanWithoutJavaScript(withSession, siteUrl(TOOL), t.searchPage.noScriptHeading, '.search')));
    expect(violations.length, `axe violations:\n${violations.join('\n')}`).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// i. Excerpts are text.

describe('i. excerpts', () => {
  /** Every excerpt and result title: their text, and the tags inside the excerpts. */
  const excerpts = (page: Page) =>
    page.locator('#zoekresultaten .search__excerpt, #zoekresultaten .search__sub-excerpt').evaluateAll((elements) =>
      elements.map((element) => ({
        text: element.textContent ?? '',
        tags: [...element.querySelectorAll('*')].map(
          (child) =>
            `${child.tagName.toLowerCase()}${child.attributes.length ? ' with attributes' : ''}${child.children.length ? ' with children' : ''}`,
        ),
        marks: [...element.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
      })),
    );
  const entity = /&(#\d+|#x[0-9a-f]+|[a-z]+);/i;

  it('shows the marked words in <mark> and everything else as plain text, apostrophes and ampersands included', async () => {
    await withSession({}, async ({ page }) => {
      await openSearch(page, 'self-efficacy');
      const shown = await excerpts(page);
      expect(shown.length).toBeGreaterThan(0);
      expect(
        shown.flatMap((excerpt) => excerpt.tags).filter((tag) => tag !== 'mark'),
        'elements in excerpts other than a bare <mark>',
      ).toEqual([]);
      expect(shown.flatMap((excerpt) => excerpt.marks).length).toBeGreaterThan(0);
      for (const mark of shown.flatMap((excerpt) => excerpt.marks)) expect(mark.toLowerCase()).toContain('self-efficacy');
      expect(
        shown.filter((excerpt) => entity.test(excerpt.text) || /[<>]/.test(excerpt.text)).map((excerpt) => excerpt.text),
        'excerpts showing entities or tags',
      ).toEqual([]);
      expect(
        shown.some((excerpt) => excerpt.text.includes("('self-efficacy')")),
        'the apostrophe of the domain label is shown as a character',
      ).toBe(true);
      const titles = await page.locator(RESULT_LINKS).allTextContents();
      expect(titles).toContain(domain('eigen-kunnen').label);
      expect(titles.filter((title) => entity.test(title))).toEqual([]);

      await openSearch(page, 'Nind');
      const nind = await excerpts(page);
      expect(
        nind.some((excerpt) => excerpt.text.includes('Weare, K., & Nind')),
        `an ampersand as a character: ${nind.map((excerpt) => excerpt.text).join(' | ')}`,
      ).toBe(true);
      expect(nind.filter((excerpt) => entity.test(excerpt.text)).map((excerpt) => excerpt.text)).toEqual([]);
      expect(await page.locator(RESULT_LINKS).allTextContents()).toContain(
        'Weare & Nind (2011): Mental health promotion and problem prevention in schools: what does the evidence say?',
      );

      await openSearch(page, 'nee zeggen');
      expect(await page.locator(RESULT_LINKS).first().textContent()).toBe(interventions.find((type) => type.id === 'nee-zeggen')?.title);
    });
  });

  it('shows a sentence of the page for a page found through its search terms, never the line of terms', async () => {
    /**
     * A page's indexed words: its main content without what Pagefind ignores (the line of terms
     * among it), blocks apart (Pagefind puts ". " between them): words are compared, not punctuation.
     */
    const pageWords = (path: string) => {
      const main = builtPages()
        .find((page) => page.path === path)
        ?.document.querySelector('main');
      main?.querySelectorAll('[data-pagefind-ignore]').forEach((element) => element.remove());
      return ` ${wordsOf(main?.structuredText ?? '').join(' ')} `;
    };
    const cases = [
      // Only among the terms of its page: the excerpt comes from the page's first text.
      { query: 'schoolverzuim', path: domainPath('aanwezigheid') },
      // In the terms and in the text: the excerpt shows the text, with the word marked.
      { query: 'eenzaam', path: domainPath('algemene-stemming') },
      { query: 'cyberpesten', path: typePath('tegengaan-van-pesten') },
    ];
    await withSession({}, async ({ page }) => {
      for (const { query, path } of cases) {
        await openSearch(page, query);
        const shown = await excerpts(page);
        expect(
          shown.filter((excerpt) => excerpt.text.includes(t.searchTerms.label)).map((excerpt) => excerpt.text),
          `excerpts for "${query}" that show the line of terms`,
        ).toEqual([]);
        const result = page.locator('#zoekresultaten li.search__result').filter({ has: page.locator(`h3 a[href$="${path}"]`) });
        const excerpt = wordsOf((await result.locator('.search__excerpt').textContent()) ?? '');
        expect(excerpt.length, `words in the excerpt of ${path} for "${query}"`).toBeGreaterThan(5);
        // The first and last words may be cut.
        expect(pageWords(path), `the excerpt of ${path} for "${query}" is text of the page`).toContain(
          ` ${excerpt.slice(1, -1).join(' ')} `,
        );
      }
    });
  });

  it('shows a query with markup as text', async () => {
    await withSession({}, async ({ page }) => {
      const query = '<img src=x onerror=alert(1)>';
      await openSearch(page, query);
      expect(await page.locator('#zoekresultaten img, .search img').count()).toBe(0);
      expect(await statusText(page)).toContain(`‘${query}’`);
      expect(await page.inputValue('#zoekterm')).toBe(query);
    });
  });
});
