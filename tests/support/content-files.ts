/**
 * Reads the content files the way Astro's loaders do, for tests that run without a build:
 * YAML data collections and the frontmatter of MDX entries.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import type { CollectionName, ReferenceFactory } from '../../src/content/schemas';
import { projectRoot } from './paths';

const contentDir = join(projectRoot, 'src/content');

/** Stand-in for Astro's `reference()`: the same `{ collection, id }` shape, no runtime needed. */
export const testReference: ReferenceFactory = <C extends CollectionName>(collection: C) =>
  z.string().transform((id) => ({ collection, id }));

export function readYamlList(file: string): Record<string, unknown>[] {
  const data = load(readFileSync(join(contentDir, file), 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file} is not a YAML list`);
  return data as Record<string, unknown>[];
}

export interface MdxEntry {
  id: string;
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

export function readMdxFolder(folder: string): MdxEntry[] {
  const dir = join(contentDir, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${folder}/${name} has no frontmatter`);
      return {
        id: basename(name, '.mdx'),
        file: `src/content/${folder}/${name}`,
        frontmatter: load(match[1] ?? '') as Record<string, unknown>,
        body: match[2] ?? '',
      };
    });
}
