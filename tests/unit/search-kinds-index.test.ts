/** The "soort" of a page (src/lib/search/kinds.ts) and the literature records of the index (src/integrations/search-index.ts). */
import { describe, expect, it } from 'vitest';
import { pageKinds } from '../../src/lib/content-schemas';
import { t } from '../../src/lib/i18n/nl';
import { searchKindOf, searchKinds } from '../../src/lib/search/kinds';
import { literatureRecords, unusedPagefindFiles } from '../../src/integrations/search-index';

describe('searchKindOf', () => {
  it('counts the colofon ("over") as background', () => {
    expect(searchKindOf('over')).toBe('achtergrond');
  });

  it.each([
    ['achtergrond', 'achtergrond'],
    ['hulpmiddel', 'hulpmiddel'],
    ['databank', 'databank'],
    ['literatuur', 'literatuur'],
  ] as const)('keeps %s as %s', (kind, soort) => {
    expect(searchKindOf(kind)).toBe(soort);
  });

  it('maps every page kind to a search kind', () => {
    for (const kind of pageKinds) expect(searchKinds).toContain(searchKindOf(kind));
  });

  it('has a Dutch filter label for every search kind, each different', () => {
    const labels = searchKinds.map((kind) => t.search.kinds[kind]);
    for (const label of labels) expect(label).toMatch(/^[A-Z][a-z]+$/);
    expect(new Set(labels).size).toBe(searchKinds.length);
    expect(t.search.kinds.interventietype).toBe('Interventietype');
    expect(t.search.kinds.literatuur).toBe('Literatuur');
  });
});

const fixture = `<!doctype html>
<html lang="nl"><body>
<main data-pagefind-body>
  <h1>Literatuur</h1>
  <p>Inleiding die geen record wordt.</p>
  <ol class="bibliography" role="list" data-pagefind-ignore>
    <li id="durlak-2011" data-search-entry="Durlak et al. (2011): The impact of enhancing students&#39; social and emotional learning">
      <span class="citation">Durlak, J.A.,
        Weissberg, R.P.,   Dymnicki, A.B.
        (2011). <i>The impact of enhancing students' social and emotional learning</i>.</span>
    </li>
    <li id="weare-nind-2011" data-search-entry="Weare &amp; Nind (2011): Mental health promotion">
      Weare, K. &amp; Nind, M. (2011).
      <cite>Mental health promotion</cite>
      <p class="bibliography__correction">Verbeterd ten opzichte van de bron: “Wear” → “Weare”.</p>
    </li>
    <li id="adi-2007" data-search-entry="Adi et al. (2007): Systematic review"><span class="citation">National Institute for Health and Clinical Excellence.</span><p class="bibliography__correction">Gecorrigeerd ten opzichte van de brontekst: “Kiloran” → “Killoran”.</p></li>
    <li id="zenner-2014" data-search-entry="Zenner et al. (2014): Mindfulness-based interventions in schools">	Zenner,&nbsp;C.	(2014)	</li>
    <li>Geen data-search-entry: overgeslagen.</li>
  </ol>
</main>
</body></html>`;

describe('literatureRecords', () => {
  const records = literatureRecords(fixture);

  it('makes one record per [data-search-entry], in document order', () => {
    expect(records.map((record) => record.url)).toEqual([
      '/literatuur/#durlak-2011',
      '/literatuur/#weare-nind-2011',
      '/literatuur/#adi-2007',
      '/literatuur/#zenner-2014',
    ]);
  });

  it('takes the title from data-search-entry, decoded', () => {
    expect(records.map((record) => record.title)).toEqual([
      "Durlak et al. (2011): The impact of enhancing students' social and emotional learning",
      'Weare & Nind (2011): Mental health promotion',
      'Adi et al. (2007): Systematic review',
      'Zenner et al. (2014): Mindfulness-based interventions in schools',
    ]);
  });

  it('takes the text of the entry with its whitespace collapsed and trimmed', () => {
    expect(records[0]?.content).toBe(
      "Durlak, J.A., Weissberg, R.P., Dymnicki, A.B. (2011). The impact of enhancing students' social and emotional learning.",
    );
    expect(records[1]?.content).toBe(
      'Weare, K. & Nind, M. (2011). Mental health promotion Verbeterd ten opzichte van de bron: “Wear” → “Weare”.',
    );
    expect(records[3]?.content, 'tabs and a no-break space collapse too').toBe('Zenner, C. (2014)');
    for (const record of records) {
      expect(record.content).not.toMatch(/\s{2}|^\s|\s$|[\n\t]/);
      expect(record.content).not.toMatch(/<[^>]+>/);
    }
  });

  it('keeps the note on corrections a sentence of its own, also when the HTML has no space before it', () => {
    expect(records[2]?.content).toBe(
      'National Institute for Health and Clinical Excellence. Gecorrigeerd ten opzichte van de brontekst: “Kiloran” → “Killoran”.',
    );
    expect(records.map((record) => record.content).filter((content) => /\.\S/.test(content.replace(/[A-Z]\.[A-Z]\./g, '')))).toEqual([]);
  });

  it('gives no records for a page without entries', () => {
    expect(literatureRecords('<main><p>Niets</p></main>')).toEqual([]);
    expect(literatureRecords('')).toEqual([]);
  });
});

describe('unusedPagefindFiles', () => {
  it('names the interface bundles, the worker and the WebAssembly of languages the index does not have', () => {
    const files = [
      'pagefind.js',
      'pagefind-worker.js',
      'pagefind-entry.json',
      'pagefind.nl_abc.pf_meta',
      'wasm.nl.pagefind',
      'wasm.unknown.pagefind',
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-modular-ui.css',
      'pagefind-component-ui.js',
      'pagefind-component-ui.css',
      'pagefind-highlight.js',
    ];
    expect(unusedPagefindFiles(files, { languages: { nl: { wasm: 'nl' } } })).toEqual([
      'pagefind-worker.js',
      'wasm.unknown.pagefind',
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-modular-ui.css',
      'pagefind-component-ui.js',
      'pagefind-component-ui.css',
      'pagefind-highlight.js',
    ]);
    expect(unusedPagefindFiles(files, { languages: { xx: {} } })).toContain('wasm.nl.pagefind');
    expect(unusedPagefindFiles(files, { languages: { xx: {} } })).not.toContain('wasm.unknown.pagefind');
  });
});
