/**
 * Reads the content files the way the build does, for tests that run without one:
 * - YAML with the js-yaml that Astro's file() loader imports (Astro's own dependency, not
 *   whatever version sits at the top of node_modules), MDX frontmatter with the parser that
 *   @astrojs/mdx uses (@astrojs/internal-helpers);
 * - every entry through its collection's real schema (src/lib/content-schemas.ts), so that trimming
 *   and defaults apply as in the build; `reference()` is replaced by `testReference`.
 *
 * `readYamlList` and `readMdxFolder` give the raw data, for tests that check the schemas or the
 * files themselves; `contentCollections()` gives the checked entries, as `getCollection` would.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { z } from 'astro/zod';
import {
  databankSchema,
  domainSchema,
  guidanceSchema,
  interventionSchema,
  partnerSchema,
  questionSchema,
  referenceSchema,
  type CollectionName,
  type ReferenceFactory,
} from '../../src/lib/content-schemas';
import { byDataOrder } from '../../src/lib/domain-type-links';
import { projectRoot } from './paths';

const contentDir = join(projectRoot, 'src/content');

/** `id` as the package `from` resolves it: that package's own dependency. */
function requireFrom<T>(from: string, id: string): T {
  const own = createRequire(import.meta.url);
  return createRequire(own.resolve(`${from}/package.json`))(id) as T;
}

/** The YAML parser of Astro's file() loader (astro/dist/content/loaders/file.js). */
const astroYaml = requireFrom<{ load(text: string, options?: { filename?: string }): unknown }>('astro', 'js-yaml');

/** The frontmatter parser of @astrojs/mdx (it calls parseFrontmatter from @astrojs/internal-helpers). */
const { parseFrontmatter } = requireFrom<{
  parseFrontmatter(
    code: string,
    options?: { frontmatter?: 'remove' },
  ): { frontmatter: Record<string, unknown>; rawFrontmatter: string; content: string };
}>('@astrojs/mdx', '@astrojs/internal-helpers/frontmatter');

/** Stand-in for Astro's `reference()`: the same `{ collection, id }` shape, no runtime needed. */
export const testReference: ReferenceFactory = <C extends CollectionName>(collection: C) =>
  z.string().transform((id) => ({ collection, id }));

/** The raw entries of a YAML data collection, as Astro's file() loader reads them. */
export function readYamlList(file: string): Record<string, unknown>[] {
  const data = astroYaml.load(readFileSync(join(contentDir, file), 'utf8'), { filename: file });
  if (!Array.isArray(data)) throw new Error(`${file} is not a YAML list`);
  return data as Record<string, unknown>[];
}

export interface MdxEntry {
  id: string;
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** The MDX entries of a folder with their raw frontmatter, sorted by file name. */
export function readMdxFolder(folder: string): MdxEntry[] {
  const dir = join(contentDir, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const { frontmatter, rawFrontmatter, content } = parseFrontmatter(readFileSync(join(dir, name), 'utf8'), { frontmatter: 'remove' });
      if (!rawFrontmatter) throw new Error(`${folder}/${name} has no frontmatter`);
      return { id: basename(name, '.mdx'), file: `src/content/${folder}/${name}`, frontmatter, body: content };
    });
}

/** The schema of every collection, as src/content.config.ts wires them. */
export const contentSchemas = {
  guidance: guidanceSchema(testReference),
  interventions: interventionSchema(testReference),
  domains: domainSchema(testReference),
  references: referenceSchema,
  databanks: databankSchema,
  questions: questionSchema(testReference),
  partners: partnerSchema(testReference),
} satisfies Record<CollectionName, z.ZodType>;

/** Where each collection's entries are (src/content.config.ts). */
const locations: Record<CollectionName, { yaml: string } | { folder: string }> = {
  guidance: { folder: 'guidance' },
  interventions: { folder: 'interventions' },
  domains: { yaml: 'domains.yaml' },
  references: { yaml: 'references.yaml' },
  databanks: { yaml: 'databanks.yaml' },
  questions: { yaml: 'questions.yaml' },
  partners: { yaml: 'partners.yaml' },
};

/** One entry before its schema: id, file (relative to the project root) and the raw data. */
export interface RawEntry {
  id: string;
  filePath: string;
  raw: unknown;
  /** The text after the frontmatter, for MDX entries (Astro's `entry.body`). */
  body?: string;
}

/** The raw entries of a collection: ids as Astro's loaders give them. */
export function rawEntries(collection: CollectionName): RawEntry[] {
  const location = locations[collection];
  if ('folder' in location) {
    return readMdxFolder(location.folder).map((entry) => ({
      id: entry.id,
      filePath: entry.file,
      raw: entry.frontmatter,
      body: entry.body,
    }));
  }
  return readYamlList(location.yaml).map((raw) => ({
    id: String(raw.id ?? raw.slug),
    filePath: `src/content/${location.yaml}`,
    raw,
  }));
}

/** A checked entry, shaped like Astro's collection entries: `data` is the schema's output. */
export interface ContentEntry<C extends CollectionName> {
  id: string;
  filePath: string;
  body?: string;
  data: z.output<(typeof contentSchemas)[C]>;
}

/** The entries of a collection that pass its schema, and a message for each one that does not. */
export function parseCollection<C extends CollectionName>(collection: C): { entries: ContentEntry<C>[]; problems: string[] } {
  // TypeScript cannot follow the union of schemas through `C`; the output is the schema's own.
  const schema: z.ZodType = contentSchemas[collection];
  const entries: ContentEntry<C>[] = [];
  const problems: string[] = [];
  for (const { id, filePath, raw, body } of rawEntries(collection)) {
    const result = schema.safeParse(raw);
    if (result.success)
      entries.push({ id, filePath, ...(body === undefined ? {} : { body }), data: result.data as ContentEntry<C>['data'] });
    else problems.push(`${filePath} (entry "${id}"): ${result.error.message}`);
  }
  return { entries, problems };
}

export type ContentCollections = { [C in CollectionName]: ContentEntry<C>[] };

let collections: ContentCollections | undefined;

/**
 * Every collection through its schema, in the order the site uses (src/lib/site-data.ts): guidance
 * and references as read, the others by their `order`. Throws, listing every entry that fails its
 * schema. Read once per test worker.
 */
export function contentCollections(): ContentCollections {
  if (collections) return collections;
  const problems: string[] = [];
  const read = <C extends CollectionName>(collection: C): ContentEntry<C>[] => {
    const parsed = parseCollection(collection);
    problems.push(...parsed.problems);
    return parsed.entries;
  };
  const result: ContentCollections = {
    guidance: read('guidance'),
    interventions: byDataOrder(read('interventions')),
    domains: byDataOrder(read('domains')),
    references: read('references'),
    databanks: byDataOrder(read('databanks')),
    questions: byDataOrder(read('questions')),
    partners: byDataOrder(read('partners')),
  };
  if (problems.length) throw new Error(`The content does not match its schemas:\n- ${problems.join('\n- ')}`);
  collections = result;
  return result;
}
