/**
 * The content files themselves, checked against their schemas and against the source text,
 * without a build: an editor's mistake shows up here first, with the file and field named.
 */
import { describe, expect, it } from 'vitest';
import {
  databankSchema,
  domainSchema,
  guidanceSchema,
  interventionSchema,
  partnerSchema,
  questionSchema,
  referenceSchema,
} from '../../src/content/schemas';
import { readMdxFolder, readYamlList, testReference } from '../support/content-files';
import * as source from '../support/source-text';

const references = readYamlList('references.yaml');
const domains = readYamlList('domains.yaml');
const questions = readYamlList('questions.yaml');
const databanks = readYamlList('databanks.yaml');
const partners = readYamlList('partners.yaml');
const interventions = readMdxFolder('interventions');
const guidance = readMdxFolder('guidance');

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

describe('every content file matches its schema', () => {
  it.each([
    ['references.yaml', references, referenceSchema],
    ['domains.yaml', domains, domainSchema(testReference)],
    ['questions.yaml', questions, questionSchema(testReference)],
    ['partners.yaml', partners, partnerSchema(testReference)],
    ['databanks.yaml', databanks, databankSchema],
  ] as const)('%s', (_file, entries, schema) => {
    const problems = entries.flatMap((entry, index) => {
      const result = schema.safeParse(entry);
      return result.success ? [] : [`entry ${index} (${String(entry.id)}): ${result.error.message}`];
    });
    expect(problems).toEqual([]);
  });

  it.each([
    ['interventions', interventions, interventionSchema(testReference)],
    ['guidance', guidance, guidanceSchema(testReference)],
  ] as const)('%s MDX frontmatter', (_folder, entries, schema) => {
    const problems = entries.flatMap((entry) => {
      const result = schema.safeParse(entry.frontmatter);
      return result.success ? [] : [`${entry.file}: ${result.error.message}`];
    });
    expect(problems).toEqual([]);
  });

  it('ids are unique in every data collection', () => {
    for (const list of [references, domains, questions, databanks, partners]) {
      const ids = list.map((entry) => entry.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('the literature list is the source’s, complete', () => {
  it('has one entry per source entry, none dropped, none added', () => {
    expect(source.literature).toHaveLength(48);
    const stored = references.map((entry) => entry.sourceText);
    expect([...stored].sort()).toEqual([...source.literature].sort());
  });

  it('takes titles and author names from the source, apart from recorded corrections', () => {
    const problems: string[] = [];
    for (const raw of references) {
      const entry = referenceSchema.parse(raw);
      const revert = (text: string) =>
        entry.corrections.reduce((result, fix) => result.replaceAll(fix.corrected, fix.original), text);
      const original = source.words(entry.sourceText);
      if (!original.includes(source.words(revert(entry.title)))) problems.push(`${entry.id}: title "${entry.title}"`);
      for (const author of entry.authors) {
        const name = 'organisation' in author ? author.organisation : author.family;
        const firstWord = source.words(revert(name)).split(' ').at(-1) ?? '';
        if (!original.includes(firstWord)) problems.push(`${entry.id}: author "${name}"`);
      }
      for (const fix of entry.corrections) {
        if (!entry.sourceText.includes(fix.original)) problems.push(`${entry.id}: correction of "${fix.original}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('domains, types and questions are the source’s', () => {
  it('has the 11 domains of the source, in its order and wording', () => {
    expect(source.domains).toHaveLength(11);
    const labels = [...domains].sort((a, b) => Number(a.order) - Number(b.order)).map((domain) => domain.label);
    expect(labels).toEqual(source.domains.map(sentenceCase));
  });

  it('has the 13 intervention types of the source, in its order and wording', () => {
    expect(source.interventionTypes).toHaveLength(13);
    const labels = [...interventions]
      .sort((a, b) => Number(a.frontmatter.order) - Number(b.frontmatter.order))
      .map((entry) => entry.frontmatter.sourceLabel);
    expect(labels).toEqual(source.interventionTypes);
  });

  it('has the five implementation questions verbatim, in order', () => {
    expect(source.questions).toHaveLength(5);
    expect(questions.map((question) => question.text)).toEqual(source.questions);
  });

  it('links every intervention type from at least one domain', () => {
    const linked = new Set(
      domains.flatMap((domain) => (domain.interventions as { type: string }[]).map((link) => link.type)),
    );
    expect(interventions.map((entry) => entry.id).filter((id) => !linked.has(id))).toEqual([]);
  });

  it('only links types and sources that exist', () => {
    const typeIds = new Set(interventions.map((entry) => entry.id));
    const referenceIds = new Set(references.map((entry) => entry.id));
    const links = domains.flatMap((domain) => (domain.interventions as { type: string }[]).map((link) => link.type));
    expect(links.filter((id) => !typeIds.has(id))).toEqual([]);
    const cited = [...interventions, ...guidance].flatMap((entry) => (entry.frontmatter.sources as string[] | undefined) ?? []);
    expect(cited.filter((id) => !referenceIds.has(id))).toEqual([]);
  });
});

describe('the databanks of the source', () => {
  it('carries every databank address the source gives', () => {
    const urls = databanks.flatMap((databank) => (databank.links as { url: string }[]).map((link) => link.url));
    const sourceUrls = [...source.sourceText.matchAll(/<(https:[^>]+)>/g)].map((match) => match[1]);
    expect(sourceUrls.length).toBeGreaterThanOrEqual(4);
    for (const url of sourceUrls) expect(urls).toContain(url);
  });
});

describe('guidance pages', () => {
  it('each has its own position in the reading order', () => {
    const orders = guidance.map((entry) => entry.frontmatter.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('contain no placeholder of the source and no link to "#"', () => {
    for (const entry of [...guidance, ...interventions]) {
      for (const placeholder of source.placeholders) expect(entry.body).not.toContain(placeholder.text.trim());
      expect(entry.body).not.toMatch(/\]\(#\)|href="#"|toevoegen\*/);
    }
  });
});

describe('the werkblad quotes the source', () => {
  const quotes = [
    ...questions.flatMap((question) => (question.hints as { quote: string; page: string }[] | undefined) ?? []),
    ...partners.flatMap((partner) => (partner.source ? [partner.source as { quote: string; page: string }] : [])),
  ];

  it('every hint and partner note is a sentence of the source, word for word', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(10);
    const sourceWords = source.words(source.sourceText);
    expect(quotes.filter((hint) => !sourceWords.includes(source.words(hint.quote))).map((hint) => hint.quote)).toEqual([]);
  });

  it('every quote names a guidance page that exists', () => {
    const pages = new Set(guidance.map((entry) => entry.id));
    expect(quotes.filter((hint) => !pages.has(hint.page)).map((hint) => hint.page)).toEqual([]);
  });

  it('lists the partners the source names for the five questions', () => {
    const labels = partners.map((partner) => String(partner.label).toLowerCase()).join(' | ');
    for (const name of ['schoolbestuur', 'samenwerkingsverband', 'gemeente', 'schoolmaatschappelijk werk', 'pedagoog', 'schoolpsycholoog', 'jeugdgezondheidszorg', 'jeugdhulp', 'jongerenwerk', 'ouders']) {
      expect(labels).toContain(name);
    }
  });
});
