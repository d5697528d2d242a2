import { describe, expect, it } from 'vitest';
import {
  assertNoProblems,
  ContentIntegrityError,
  findBrokenReferences,
  findUnreferenced,
  type CheckedEntry,
} from '../../src/lib/content-integrity';

const known = {
  domains: new Set(['energie', 'concentratie']),
  interventions: new Set(['mindfulness', 'veerkracht']),
  references: new Set(['zenner-2014']),
};

const entries: CheckedEntry[] = [
  {
    collection: 'domains',
    id: 'energie',
    file: 'src/content/domains.yaml',
    references: [
      { field: 'interventions[0].type', collection: 'interventions', id: 'mindfulness' },
      { field: 'interventions[1].type', collection: 'interventions', id: 'mindfulnes' },
    ],
  },
  {
    collection: 'interventions',
    id: 'mindfulness',
    file: 'src/content/interventions/mindfulness.mdx',
    references: [
      { field: 'sources[0]', collection: 'references', id: 'zenner-2014' },
      { field: 'sources[1]', collection: 'references', id: 'zenner-2015' },
    ],
  },
];

describe('findBrokenReferences', () => {
  it('names the file, the entry, the field and the missing id of every broken reference', () => {
    const problems = findBrokenReferences(entries, known);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('src/content/domains.yaml (entry "energie"), field interventions[1].type');
    expect(problems[0]).toContain('interventions "mindfulnes" does not exist');
    expect(problems[0]).toContain('Known ids: mindfulness, veerkracht.');
    expect(problems[1]).toContain('src/content/interventions/mindfulness.mdx (entry "mindfulness"), field sources[1]');
  });

  it('reports a reference to a collection that does not exist', () => {
    const problems = findBrokenReferences(
      [{ collection: 'guidance', id: 'x', file: 'x.mdx', references: [{ field: 'f', collection: 'nope', id: 'a' }] }],
      known,
    );
    expect(problems).toEqual(['x.mdx (entry "x"), field f: collection "nope" does not exist.']);
  });

  it('finds nothing when every reference resolves', () => {
    const first = entries[0];
    expect(first).toBeDefined();
    const clean: CheckedEntry = { ...first!, references: first!.references.slice(0, 1) };
    expect(findBrokenReferences([clean], known)).toEqual([]);
  });
});

describe('findUnreferenced', () => {
  it('lists ids nobody points to', () => {
    expect(findUnreferenced(entries, 'interventions', known.interventions)).toEqual(['veerkracht']);
  });
});

describe('assertNoProblems', () => {
  it('passes without problems', () => {
    expect(() => assertNoProblems([])).not.toThrow();
  });

  it('throws one error that lists every problem', () => {
    try {
      assertNoProblems(['first problem', 'second problem']);
      expect.unreachable('assertNoProblems should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(ContentIntegrityError);
      expect((error as ContentIntegrityError).message).toBe(
        'The content has 2 broken reference(s):\n- first problem\n- second problem',
      );
    }
  });
});
