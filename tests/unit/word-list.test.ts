/**
 * One way of speaking: every interface string of every strings module in src/lib/i18n/, and the
 * titles and descriptions of the content, use the words of the word list (src/lib/i18n/words.nl.ts)
 * and none of its "not" column. A failure names the string's path and what to say instead.
 * Sentences that quote the guidance word for word are the guidance's and are not checked.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { wordList, type WordRule } from '../../src/lib/i18n/words.nl';
import { sourceText as sourceFacts } from '../../src/lib/source-text';
import { findAvoidedWords, typeNameRules, type WordFinding } from '../../src/lib/wording';
import { contentCollections } from '../support/content-files';
import { projectRoot } from '../support/paths';
import { quotesSource } from '../support/source-text';

// ---------------------------------------------------------------------------------------------
// The check itself, on small examples.

describe('findAvoidedWords', () => {
  const found = (text: string, options?: Parameters<typeof findAvoidedWords>[1]) =>
    findAvoidedWords(text, options).map((finding) => `${finding.rule}: ${finding.found}`);

  it('finds every word of the "not" column by its own pattern', () => {
    for (const rule of wordList) {
      for (const avoided of rule.avoid) {
        const example = typeof avoided === 'string' ? avoided : avoided.word === 'JSON' ? 'JSON' : null;
        if (example === null) continue;
        expect(found(`Hier staat ${example} in een zin.`), `${rule.id}: ${example}`).toContain(`${rule.id}: ${example}`);
      }
    }
  });

  it('flags wording the word list forbids, in the forms it took in interface text', () => {
    expect(found('Interventietypen die kunnen helpen')).toEqual(['past-bij: kunnen helpen']);
    expect(found('Exporteren (JSON)')).toEqual(['downloaden: Exporteren', 'bestand: JSON']);
    expect(found('Alles bewaren als bestand')).toEqual(['downloaden: bewaren als bestand']);
    expect(found('CSV')).toContain('bestand: CSV');
    expect(found('De scan is verwijderd')).toEqual(['niet-op-dit-apparaat: verwijderd']);
    expect(found('Geef aan of jullie je zorgen maken.')).toEqual(['je: jullie']);
    expect(found('Dit type werkt bij somberheid.')).toEqual(['past-bij: werkt bij']);
    expect(found('Naam bewaren')).toEqual(['opslaan: bewaren']);
  });

  it('leaves the words to use, and the uses the list allows, alone', () => {
    expect(found('Interventietypen die bij dit domein passen (keuze van deze site)')).toEqual([]);
    expect(found('Download voor Excel (CSV)')).toEqual([]);
    expect(found('Kies het .json-bestand dat deze site heeft gemaakt.')).toEqual([]);
    expect(found('Zoeken werkt in je browser. Je werkt de vijf vragen uit.')).toEqual([]);
    expect(found('Scan ‘{title}’ is verwijderd.')).toEqual([]);
    expect(found('Deze scan is in een ander tabblad verwijderd.')).toEqual([]);
    expect(found('De Databank Effectieve Jeugdinterventies van het NJi')).toEqual([]);
    expect(found('Wat zien we in de groep?')).toEqual([]);
  });

  it('skips sentences and quoted parts that quote the guidance, and checks the rest of the text', () => {
    const isQuote = (part: string) => part.startsWith('Het meest effectief');
    expect(found('Het meest effectief zijn brede programma’s. Dit type is effectief.', { isQuote })).toEqual(['past-bij: effectief']);
    expect(found('De handreiking zegt: “Het meest effectief zijn brede programma’s”, en dat helpt.', { isQuote })).toEqual([
      'past-bij: helpt',
    ]);
    // A label, then the guidance's words after its colon: the quote is skipped, the label is checked.
    expect(found('Vraag 2: Het meest effectief zijn brede programma’s.', { isQuote })).toEqual([]);
    expect(found('Dit helpt: Het meest effectief zijn brede programma’s.', { isQuote })).toEqual(['past-bij: helpt']);
  });

  it('knows a quotation of the guidance by its words in the source text', () => {
    expect(found('Waar kun je effectieve interventies vinden?', { isQuote: quotesSource })).toEqual([]);
    expect(found('Waar vind je effectieve interventies?', { isQuote: quotesSource })).toEqual(['past-bij: effectieve']);
    // Too short to tell a quotation from the site's own words.
    expect(found('Om te helpen.', { isQuote: quotesSource })).toEqual(['past-bij: helpen']);
  });

  it('holds each intervention type to its display name, matched as a name', () => {
    const rules = typeNameRules([
      { title: 'Mindfulness en meditatie', sourceLabel: 'Mindfulness / meditatie' },
      { title: 'Conflicthantering', sourceLabel: 'Conflicthantering' },
      { title: 'Tegengaan van pesten', sourceLabel: 'Het tegengaan van pesten' },
    ]);
    expect(rules.map((rule) => rule.use[0])).toEqual(['Mindfulness en meditatie', 'Tegengaan van pesten']);
    expect(found('Kies Mindfulness / meditatie of Het tegengaan van pesten.', { rules })).toEqual([
      'typenaam: Mindfulness / meditatie',
      'typenaam: Het tegengaan van pesten',
    ]);
    expect(found('Interventies die zich richten op het tegengaan van pesten.', { rules })).toEqual([]);
  });
});

describe('the word list', () => {
  it('gives every concept words to use, words to avoid and a reason', () => {
    for (const rule of wordList as readonly WordRule[]) {
      expect(rule.use.length, rule.id).toBeGreaterThan(0);
      expect(rule.avoid.length, rule.id).toBeGreaterThan(0);
      expect(rule.reason.length, rule.id).toBeGreaterThan(20);
    }
  });

  it('never avoids a word it tells you to use', () => {
    for (const rule of wordList) {
      for (const use of rule.use) expect(findAvoidedWords(use.replace(/`[^`]*`/g, '')), `${rule.id}: ${use}`).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The site's own text against the list.

const content = contentCollections();
const rules: readonly WordRule[] = [...wordList, ...typeNameRules(content.interventions.map((type) => type.data))];

const isQuote = quotesSource;

const describeFinding = (path: string, text: string) => (finding: WordFinding) =>
  `${path}: “${finding.found}” in “${text}” (word list “${finding.rule}”: use ${finding.use.join(', ')})`;

function check(strings: Iterable<{ path: string; text: string }>): string[] {
  return [...strings].flatMap(({ path, text }) => findAvoidedWords(text, { rules, isQuote }).map(describeFinding(path, text)));
}

// The interface strings: every module in src/lib/i18n/ but the word list itself.

const i18nDir = join(projectRoot, 'src/lib/i18n');
const moduleFiles = readdirSync(i18nDir)
  .filter((file) => file.endsWith('.ts') && file !== 'words.nl.ts')
  .sort();
const modules = new Map<string, Record<string, unknown>>();
for (const file of moduleFiles) {
  modules.set(file, (await import(pathToFileURL(join(i18nDir, file)).href)) as Record<string, unknown>);
}

const { t } = (await import('../../src/lib/i18n/nl')) as typeof import('../../src/lib/i18n/nl');
const audienceLabels = Object.values(t.audiences);

/**
 * Arguments for every function in a strings module, by its path: the values the site calls it
 * with. A new function without an entry here fails the test below.
 */
const sampleArguments: Record<string, readonly (readonly unknown[])[]> = {
  't.layout.sourceCredit': [[sourceFacts.organisations, sourceFacts.dateLabel]],
  't.sourceDate.short': [[sourceFacts.dateInSentence]],
  't.sourceDate.detailed': [[sourceFacts.dateInSentence]],
  't.print.head.site': [['Welbevinden van leerlingen']],
  't.print.head.siteOnGuidance': [['Welbevinden van leerlingen', 'Trimbos-instituut, NIP, NJi, NCJ en Pharos (voorjaar 2021)']],
  't.print.head.tool': [['Welbevinden van leerlingen', 'Trimbos-instituut, NIP, NJi, NCJ en Pharos (voorjaar 2021)']],
  't.interventions.audienceHeading': audienceLabels.map((label) => [label]),
  't.interventions.audienceDescription': audienceLabels.map((label) => [label]),
  't.interventions.audienceLead': audienceLabels.flatMap((label) => [
    [label, 1],
    [label, 11],
  ]),
  't.domains.description': content.domains.map((domain) => [domain.data.explanation]),
  't.home.guidanceIntro': [[sourceFacts.title, sourceFacts.organisations, sourceFacts.dateLabel]],
  't.publisher.publishedBy': [['Voorbeelduitgever (testbuild)']],
};

const missingSamples = new Set<string>();

function* interfaceStrings(value: unknown, path: string): Generator<{ path: string; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (typeof value === 'function') {
    const calls = sampleArguments[path];
    if (!calls) missingSamples.add(path);
    for (const args of calls ?? []) {
      yield* interfaceStrings((value as (...args: readonly unknown[]) => unknown)(...args), `${path}(${args.map(String).join(', ')})`);
    }
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* interfaceStrings(item, `${path}[${index}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* interfaceStrings(item, `${path}.${key}`);
  }
}

/** Every string of every strings module, by file. Reading them also finds functions without sample arguments. */
const moduleStrings = new Map(
  [...modules].map(([file, exports]) => [file, Object.entries(exports).flatMap(([name, value]) => [...interfaceStrings(value, name)])]),
);

describe('the interface strings follow the word list', () => {
  it('reads every strings module of the site', () => {
    expect(moduleFiles).toEqual(expect.arrayContaining(['nl.ts', 'schoolscan.nl.ts', 'search.nl.ts', 'tools.nl.ts', 'werkblad.nl.ts']));
  });

  it.each(moduleFiles)('%s', (file) => {
    const strings = moduleStrings.get(file)!;
    expect(strings.length).toBeGreaterThan(5);
    expect(check(strings)).toEqual([]);
  });

  it('calls every function in the strings modules with the arguments the site uses', () => {
    expect([...missingSamples]).toEqual([]);
    for (const path of Object.keys(sampleArguments)) {
      const [exportName, ...keys] = path.split('.');
      const owner = [...modules.values()].find((exports) => exportName! in exports)?.[exportName!];
      const fn = keys.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], owner);
      expect(typeof fn, `${path} is a function of a strings module`).toBe('function');
    }
  });
});

// The content: titles, descriptions and the other short texts the pages and tools show.

function* fields(file: string, id: string, data: Record<string, unknown>, keys: readonly string[]) {
  for (const key of keys) yield* interfaceStrings(data[key], `${file} (${id}) ${key}`);
}

const contentStrings = {
  'guidance (title, navLabel, description)': content.guidance.flatMap((entry) => [
    ...fields(entry.filePath, entry.id, entry.data, ['title', 'navLabel', 'description']),
  ]),
  // `sourceLabel` is the guidance's wording, kept on purpose and shown once as "In de handreiking".
  'interventions (title, summary)': content.interventions.flatMap((entry) => [
    ...fields(entry.filePath, entry.id, entry.data, ['title', 'summary']),
  ]),
  'domains.yaml (label, explanation, prompts, rationales)': content.domains.flatMap((entry) => [
    ...fields(entry.filePath, entry.id, entry.data, ['label', 'shortLabel', 'explanation', 'prompts']),
    ...entry.data.interventions.map((link) => ({
      path: `${entry.filePath} (${entry.id}) rationale for ${link.type.id}`,
      text: link.rationale,
    })),
  ]),
  // Shown on the page in the line "Zoekwoorden voor deze pagina"; a term's `source` quotes the guidance.
  'search terms and everyday words': [...content.domains, ...content.interventions].flatMap((entry) => [
    ...('everydayWords' in entry.data ? fields(entry.filePath, entry.id, entry.data, ['everydayWords']) : []),
    ...entry.data.searchTerms.map(({ term }, index) => ({ path: `${entry.filePath} (${entry.id}) searchTerms[${index}]`, text: term })),
  ]),
  // `sourceText` is the guidance's wording, kept on purpose.
  'databanks.yaml (name, organisation, description, link labels)': content.databanks.flatMap((entry) => [
    ...fields(entry.filePath, entry.id, entry.data, ['name', 'organisation', 'description']),
    ...entry.data.links.map((link) => ({ path: `${entry.filePath} (${entry.id}) link ${link.url}`, text: link.label })),
  ]),
};

describe('the content’s titles and descriptions follow the word list', () => {
  it.each(Object.entries(contentStrings))('%s', (_name, strings) => {
    expect(strings.length).toBeGreaterThan(2);
    expect(check(strings)).toEqual([]);
  });
});
