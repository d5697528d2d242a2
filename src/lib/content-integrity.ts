/**
 * Cross-reference checks that Astro's `reference()` does not do: it accepts any id, so a typo in
 * a domain or source id would otherwise render as a missing link. `loadSite()` runs these checks
 * once per build (`contentProblems`) and fails the build with every problem listed, each naming
 * file and field. Pure: the unit tests run the same function on the content files.
 */
import { wordsOf } from './search/question';

export interface OutgoingReference {
  /** Field path in the entry, e.g. "interventions[2].type". */
  field: string;
  collection: string;
  id: string;
}

export interface CheckedEntry {
  collection: string;
  id: string;
  /** File the entry comes from, relative to the project root. */
  file: string;
  references: readonly OutgoingReference[];
}

/** Every reference that points to an entry that does not exist, as a readable message. */
export function findBrokenReferences(entries: readonly CheckedEntry[], known: Readonly<Record<string, ReadonlySet<string>>>): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    for (const reference of entry.references) {
      const ids = known[reference.collection];
      if (!ids) {
        problems.push(
          `${entry.file} (entry "${entry.id}"), field ${reference.field}: collection "${reference.collection}" does not exist.`,
        );
      } else if (!ids.has(reference.id)) {
        problems.push(
          `${entry.file} (entry "${entry.id}"), field ${reference.field}: ${reference.collection} "${reference.id}" does not exist. ` +
            `Known ids: ${[...ids].sort().join(', ')}.`,
        );
      }
    }
  }
  return problems;
}

/** Ids of `collection` that no entry of `from` points to (for example an unreachable intervention type). */
export function findUnreferenced(entries: readonly CheckedEntry[], collection: string, ids: Iterable<string>): string[] {
  const used = new Set(entries.flatMap((entry) => entry.references.filter((r) => r.collection === collection).map((r) => r.id)));
  return [...ids].filter((id) => !used.has(id));
}

/** A collection entry as Astro hands it out: its id, the file it comes from (when known), its data and (MDX) its text. */
interface EntryOf<D> {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: D;
}

type Ref = { id: string };
/** A search term as the schema gives it: the term, and for a life event or mood the guidance's words it comes from. */
type Term = { term: string; source?: string | undefined };

/** The parts of the collections that the checks read (structurally the entries of `getCollection`). */
export interface ContentForChecks {
  guidance: readonly EntryOf<{ sources: readonly Ref[] }>[];
  interventions: readonly EntryOf<{ sources: readonly Ref[]; searchTerms?: readonly Term[] }>[];
  domains: readonly EntryOf<{
    interventions: readonly { type: Ref }[];
    everydayWords?: readonly string[];
    searchTerms?: readonly Term[];
  }>[];
  references: readonly { id: string }[];
  questions: readonly EntryOf<{ hints: readonly { page: Ref }[] }>[];
  partners: readonly EntryOf<{ source?: { page: Ref } | undefined }>[];
}

const refs = (field: string, collection: string, ids: readonly Ref[]): OutgoingReference[] =>
  ids.map((ref, index) => ({ field: `${field}[${index}]`, collection, id: ref.id }));

/** Every entry that points to other entries, with the file it comes from and its outgoing references. */
export function checkedEntries(content: ContentForChecks): CheckedEntry[] {
  const fileOf = (entry: { filePath?: string | undefined }, fallback: string) => entry.filePath ?? fallback;
  return [
    ...content.guidance.map((entry) => ({
      collection: 'guidance',
      id: entry.id,
      file: fileOf(entry, `src/content/guidance/${entry.id}.mdx`),
      references: refs('sources', 'references', entry.data.sources),
    })),
    ...content.interventions.map((entry) => ({
      collection: 'interventions',
      id: entry.id,
      file: fileOf(entry, `src/content/interventions/${entry.id}.mdx`),
      references: refs('sources', 'references', entry.data.sources),
    })),
    ...content.domains.map((entry) => ({
      collection: 'domains',
      id: entry.id,
      file: fileOf(entry, 'src/content/domains.yaml'),
      references: entry.data.interventions.map((link, index) => ({
        field: `interventions[${index}].type`,
        collection: 'interventions',
        id: link.type.id,
      })),
    })),
    ...content.questions.map((entry) => ({
      collection: 'questions',
      id: entry.id,
      file: fileOf(entry, 'src/content/questions.yaml'),
      references: entry.data.hints.map((hint, index) => ({ field: `hints[${index}].page`, collection: 'guidance', id: hint.page.id })),
    })),
    ...content.partners.map((entry) => ({
      collection: 'partners',
      id: entry.id,
      file: fileOf(entry, 'src/content/partners.yaml'),
      references: entry.data.source ? [{ field: 'source.page', collection: 'guidance', id: entry.data.source.page.id }] : [],
    })),
  ];
}

/**
 * Everyday words and search terms that lead to more than one domain: on the home page and in the
 * search's domain answer a word must point one way. A domain's search term may not repeat its own
 * everyday word either. Compared without case; each message names the later entry and field and
 * the one that has the word first.
 */
export function findSharedEverydayWords(domains: ContentForChecks['domains']): string[] {
  const first = new Map<string, { domain: string; field: string }>();
  const problems: string[] = [];
  for (const entry of domains) {
    const fields = [
      ['everydayWords', entry.data.everydayWords ?? []],
      ['searchTerms', (entry.data.searchTerms ?? []).map(({ term }) => term)],
    ] as const;
    for (const [field, words] of fields) {
      words.forEach((word, index) => {
        const key = word.toLocaleLowerCase('nl');
        const owner = first.get(key);
        const where = `${entry.filePath ?? 'src/content/domains.yaml'} (entry "${entry.id}"), field ${field}[${index}]`;
        if (owner === undefined) first.set(key, { domain: entry.id, field });
        else if (owner.domain !== entry.id) {
          const kind = owner.field === 'everydayWords' ? 'an everyday word' : 'a search term';
          problems.push(`${where}: "${word}" is also ${kind} of "${owner.domain}"; give each word one domain.`);
        } else if (owner.field !== field) {
          problems.push(`${where}: "${word}" is already an everyday word of this domain; list it once.`);
        }
      });
    }
  }
  return problems;
}

/**
 * Search terms whose `source` does not stand in the guidance's text, word for word (case,
 * accents and punctuation aside): a life event or a mood may be a search term only where the
 * guidance itself names it (README, "Search terms"). Each message names the file and field.
 */
export function findUnquotedSources(content: Pick<ContentForChecks, 'guidance' | 'domains' | 'interventions'>): string[] {
  const guidanceText = content.guidance.map((entry) => ` ${wordsOf(entry.body ?? '').join(' ')} `).join('|');
  const problems: string[] = [];
  const check = (file: string, id: string, terms: readonly Term[]) =>
    terms.forEach(({ term, source }, index) => {
      if (source === undefined || guidanceText.includes(` ${wordsOf(source).join(' ')} `)) return;
      problems.push(
        `${file} (entry "${id}"), field searchTerms[${index}].source: "${source}" (for "${term}") is not in the guidance's text; quote its words as they stand there.`,
      );
    });
  for (const entry of content.domains) check(entry.filePath ?? 'src/content/domains.yaml', entry.id, entry.data.searchTerms ?? []);
  for (const entry of content.interventions) {
    check(entry.filePath ?? `src/content/interventions/${entry.id}.mdx`, entry.id, entry.data.searchTerms ?? []);
  }
  return problems;
}

/**
 * Everything wrong with the cross-references of the content, as readable messages: references to
 * entries that do not exist, intervention types that no domain links (the scan could never
 * suggest them), everyday words shared by two domains, and search terms whose source is not in
 * the guidance. Empty when the content is sound.
 */
export function contentProblems(content: ContentForChecks): string[] {
  const checked = checkedEntries(content);
  const known = {
    guidance: new Set(content.guidance.map((entry) => entry.id)),
    interventions: new Set(content.interventions.map((entry) => entry.id)),
    domains: new Set(content.domains.map((entry) => entry.id)),
    references: new Set(content.references.map((entry) => entry.id)),
  };
  const problems = findBrokenReferences(checked, known);
  for (const id of findUnreferenced(checked, 'interventions', known.interventions)) {
    problems.push(
      `src/content/domains.yaml: intervention type "${id}" is not linked from any domain, so the scan can never suggest it. Add it to a domain's interventions.`,
    );
  }
  problems.push(...findSharedEverydayWords(content.domains));
  problems.push(...findUnquotedSources(content));
  return problems;
}

export class ContentIntegrityError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The content has ${problems.length} broken reference(s):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentIntegrityError';
  }
}

/** Throws one error that lists every problem, so an editor can fix them in one go. */
export function assertNoProblems(problems: readonly string[]): void {
  if (problems.length > 0) throw new ContentIntegrityError(problems);
}
