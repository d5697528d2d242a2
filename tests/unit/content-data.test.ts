/**
 * The content files themselves, read as the build reads them (Astro's YAML and frontmatter
 * parsers, then the real schemas, which trim and fill in defaults) and checked against the source
 * text, without a build: an editor's mistake shows up here first, with the file and field named.
 * The cross-references are checked by the build's own function (contentProblems).
 */
import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../src/lib/content-schemas';
import { contentProblems } from '../../src/lib/content-integrity';
import { MAX_LINK_JSON_BYTES, MAX_NOTE_LENGTH, MAX_TITLE_LENGTH } from '../../src/lib/limits';
import { exportScan } from '../../src/lib/scan/exchange';
import { contentCollections, parseCollection, rawEntries, readMdxFolder } from '../support/content-files';
import * as source from '../support/source-text';

const collectionNames: CollectionName[] = ['guidance', 'interventions', 'domains', 'references', 'databanks', 'questions', 'partners'];

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

describe('every content file matches its schema', () => {
  it.each(collectionNames)('%s', (collection) => {
    const { entries, problems } = parseCollection(collection);

    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(collectionNames)('ids are unique in %s', (collection) => {
    const ids = rawEntries(collection).map((entry) => entry.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});

// After the schema checks: contentCollections() throws when an entry fails its schema.
const content = contentCollections();

describe('the cross-references of the content', () => {
  it('pass the check the build runs: every reference resolves and every intervention type is linked from a domain', () => {
    expect(contentProblems(content)).toEqual([]);
  });
});

describe('search terms that come from the guidance', () => {
  const withSource = [...content.domains, ...content.interventions].flatMap((entry) =>
    entry.data.searchTerms.flatMap(({ term, source: quote }, index) =>
      quote ? [{ where: `${entry.filePath} (${entry.id}) searchTerms[${index}] "${term}"`, quote }] : [],
    ),
  );

  it('quote the source as delivered, word for word, not only the site’s pages', () => {
    expect(withSource.length).toBeGreaterThanOrEqual(15);
    const text = ` ${source.words(source.sourceText)} `;
    expect(withSource.filter(({ quote }) => !text.includes(` ${source.words(quote)} `)).map(({ where }) => where)).toEqual([]);
  });
});

describe('the literature list is the source’s, complete', () => {
  it('has one entry per source entry, none dropped, none added', () => {
    expect(source.literature).toHaveLength(48);
    const stored = content.references.map((entry) => entry.data.sourceText);
    expect([...stored].sort()).toEqual([...source.literature].sort());
  });

  it('takes titles and author names from the source, apart from recorded corrections', () => {
    const problems: string[] = [];
    for (const { id, data: entry } of content.references) {
      const revert = (text: string) => entry.corrections.reduce((result, fix) => result.replaceAll(fix.corrected, fix.original), text);
      const original = source.words(entry.sourceText);
      if (!original.includes(source.words(revert(entry.title)))) problems.push(`${id}: title "${entry.title}"`);
      for (const author of entry.authors) {
        const name = 'organisation' in author ? author.organisation : author.family;
        const firstWord = source.words(revert(name)).split(' ').at(-1) ?? '';
        if (!original.includes(firstWord)) problems.push(`${id}: author "${name}"`);
      }
      for (const fix of entry.corrections) {
        if (!entry.sourceText.includes(fix.original)) problems.push(`${id}: correction of "${fix.original}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('domains, types and questions are the source’s', () => {
  it('has the 11 domains of the source, in its order and wording', () => {
    expect(source.domains).toHaveLength(11);
    expect(content.domains.map((domain) => domain.data.label)).toEqual(source.domains.map(sentenceCase));
  });

  it('has the 13 intervention types of the source, in its order and wording', () => {
    expect(source.interventionTypes).toHaveLength(13);
    expect(content.interventions.map((entry) => entry.data.sourceLabel)).toEqual(source.interventionTypes);
  });

  it('has the five implementation questions verbatim, in order', () => {
    expect(source.questions).toHaveLength(5);
    expect(content.questions.map((question) => question.data.text)).toEqual(source.questions);
  });

  it('fit in a member’s link: a scan with every note full unpacks to less than MAX_LINK_JSON_BYTES', () => {
    // The worst case: JSON writes a control character as 6 bytes ("\u0001").
    const worst = '\u0001'.repeat(MAX_NOTE_LENGTH);
    const scan = {
      id: 'a'.repeat(64),
      title: worst.slice(0, MAX_TITLE_LENGTH),
      level: 'afdeling' as const,
      schoolType: 'so-vso' as const,
      date: '2026-11-25',
      role: worst.slice(0, MAX_TITLE_LENGTH),
      domains: Object.fromEntries(content.domains.map((domain) => [domain.id, { rating: 'onbekend' as const, seen: worst, going: worst }])),
      chosen: content.interventions.map((type) => type.id),
      session: 'b'.repeat(64),
      team: { members: 100 },
      createdAt: '2026-11-25T10:00:00.000Z',
      updatedAt: '2026-11-25T10:00:00.000Z',
    };
    const bytes = new TextEncoder().encode(JSON.stringify(exportScan(scan, '2026-11-25T10:00:00.000Z'))).length;
    expect(bytes).toBeLessThan(MAX_LINK_JSON_BYTES);
  });
});

describe('the databanks of the source', () => {
  it('carries every databank address the source gives', () => {
    const urls = content.databanks.flatMap((databank) => databank.data.links.map((link) => link.url));
    const sourceUrls = [...source.sourceText.matchAll(/<(https:[^>]+)>/g)].map((match) => match[1]);
    expect(sourceUrls.length).toBeGreaterThanOrEqual(4);
    for (const url of sourceUrls) expect(urls).toContain(url);
  });
});

describe('guidance pages', () => {
  it('each has its own position in the reading order', () => {
    const orders = content.guidance.map((entry) => entry.data.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('contain no placeholder of the source and no link to "#"', () => {
    for (const entry of [...readMdxFolder('guidance'), ...readMdxFolder('interventions')]) {
      for (const placeholder of source.placeholders) expect(entry.body, entry.file).not.toContain(placeholder.text.trim());
      expect(entry.body, entry.file).not.toMatch(/\]\(#\)|href="#"|toevoegen\*/);
    }
  });
});

describe('the werkblad quotes the source', () => {
  const quotes = [
    ...content.questions.flatMap((question) => question.data.hints),
    ...content.partners.flatMap((partner) => (partner.data.source ? [partner.data.source] : [])),
  ];

  it('every hint and partner note is a sentence of the source, word for word', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(10);
    const sourceWords = source.words(source.sourceText);
    expect(quotes.filter((hint) => !sourceWords.includes(source.words(hint.quote))).map((hint) => hint.quote)).toEqual([]);
  });

  it('lists the partners the source names for the five questions', () => {
    const labels = content.partners.map((partner) => partner.data.label.toLowerCase()).join(' | ');
    for (const name of [
      'schoolbestuur',
      'samenwerkingsverband',
      'gemeente',
      'schoolmaatschappelijk werk',
      'pedagoog',
      'schoolpsycholoog',
      'jeugdgezondheidszorg',
      'jeugdhulp',
      'jongerenwerk',
      'ouders',
    ]) {
      expect(labels).toContain(name);
    }
  });
});
