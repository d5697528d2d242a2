/**
 * Cross-reference checks that Astro's `reference()` does not do: it accepts any id, so a typo in
 * a domain or source id would otherwise render as a missing link. `loadSite()` runs these checks
 * once per build and fails the build with every problem listed, each naming file and field.
 */

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
export function findBrokenReferences(
  entries: readonly CheckedEntry[],
  known: Readonly<Record<string, ReadonlySet<string>>>,
): string[] {
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
export function findUnreferenced(
  entries: readonly CheckedEntry[],
  collection: string,
  ids: Iterable<string>,
): string[] {
  const used = new Set(
    entries.flatMap((entry) => entry.references.filter((r) => r.collection === collection).map((r) => r.id)),
  );
  return [...ids].filter((id) => !used.has(id));
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
