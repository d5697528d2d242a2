import { describe, expect, it } from 'vitest';
import {
  assertNoProblems,
  checkedEntries,
  ContentIntegrityError,
  contentProblems,
  findBrokenReferences,
  findUnquotedSources,
  findUnreferenced,
  type CheckedEntry,
  type ContentForChecks,
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
      expect((error as ContentIntegrityError).message).toBe('The content has 2 broken reference(s):\n- first problem\n- second problem');
    }
  });
});

/** Small collections in the shape of `getCollection`'s entries, every reference resolving. */
function soundContent(): ContentForChecks {
  return {
    guidance: [
      { id: 'onderzoek', filePath: 'src/content/guidance/onderzoek.mdx', data: { sources: [{ id: 'zenner-2014' }] } },
      { id: 'home', data: { sources: [] } },
    ],
    interventions: [
      { id: 'mindfulness', filePath: 'src/content/interventions/mindfulness.mdx', data: { sources: [{ id: 'zenner-2014' }] } },
      { id: 'veerkracht', data: { sources: [] } },
    ],
    domains: [
      {
        id: 'energie',
        filePath: 'src/content/domains.yaml',
        data: { interventions: [{ type: { id: 'mindfulness' } }], everydayWords: ['moe', 'lusteloos'] },
      },
      {
        id: 'motivatie',
        data: { interventions: [{ type: { id: 'veerkracht' } }, { type: { id: 'mindfulness' } }], everydayWords: ['geen zin in school'] },
      },
    ],
    references: [{ id: 'zenner-2014' }],
    questions: [
      { id: 'lesprogramma', filePath: 'src/content/questions.yaml', data: { hints: [{ page: { id: 'onderzoek' } }] } },
      { id: 'training', data: { hints: [] } },
    ],
    partners: [
      { id: 'gemeente', filePath: 'src/content/partners.yaml', data: { source: { page: { id: 'onderzoek' } } } },
      { id: 'ouders', data: {} },
    ],
  };
}

describe('checkedEntries', () => {
  it('lists every entry with its file and each outgoing reference with its field', () => {
    const checked = checkedEntries(soundContent());

    expect(checked.map((entry) => `${entry.collection}/${entry.id} ${entry.file}`)).toEqual([
      'guidance/onderzoek src/content/guidance/onderzoek.mdx',
      'guidance/home src/content/guidance/home.mdx',
      'interventions/mindfulness src/content/interventions/mindfulness.mdx',
      'interventions/veerkracht src/content/interventions/veerkracht.mdx',
      'domains/energie src/content/domains.yaml',
      'domains/motivatie src/content/domains.yaml',
      'questions/lesprogramma src/content/questions.yaml',
      'questions/training src/content/questions.yaml',
      'partners/gemeente src/content/partners.yaml',
      'partners/ouders src/content/partners.yaml',
    ]);
    expect(checked.flatMap((entry) => entry.references.map((ref) => `${entry.id}.${ref.field} → ${ref.collection}/${ref.id}`))).toEqual([
      'onderzoek.sources[0] → references/zenner-2014',
      'mindfulness.sources[0] → references/zenner-2014',
      'energie.interventions[0].type → interventions/mindfulness',
      'motivatie.interventions[0].type → interventions/veerkracht',
      'motivatie.interventions[1].type → interventions/mindfulness',
      'lesprogramma.hints[0].page → guidance/onderzoek',
      'gemeente.source.page → guidance/onderzoek',
    ]);
  });

  it('names the file an entry was loaded from when Astro gives one', () => {
    const content = soundContent();
    content.domains = [{ id: 'energie', filePath: 'elders/domeinen.yaml', data: { interventions: [] } }];

    expect(checkedEntries(content).find((entry) => entry.id === 'energie')?.file).toBe('elders/domeinen.yaml');
  });
});

describe('contentProblems (the check loadSite runs on every build)', () => {
  it('finds nothing in content whose references all resolve', () => {
    expect(contentProblems(soundContent())).toEqual([]);
  });

  it('reports a broken reference in each kind of field, naming file, entry and field', () => {
    const content = soundContent();
    content.guidance = [{ id: 'onderzoek', data: { sources: [{ id: 'zenner-2015' }] } }];
    content.interventions = [
      { id: 'mindfulness', data: { sources: [{ id: 'zenner-2014' }, { id: 'bestaat-niet' }] } },
      { id: 'veerkracht', data: { sources: [] } },
    ];
    content.domains = [
      { id: 'energie', data: { interventions: [{ type: { id: 'mindfulnes' } }, { type: { id: 'mindfulness' } }] } },
      { id: 'motivatie', data: { interventions: [{ type: { id: 'veerkracht' } }] } },
    ];
    content.questions = [{ id: 'training', data: { hints: [{ page: { id: 'onderzoek' } }, { page: { id: 'weg' } }] } }];
    content.partners = [{ id: 'ouders', data: { source: { page: { id: 'ook-weg' } } } }];

    const problems = contentProblems(content);

    expect(problems).toHaveLength(5);
    expect(problems[0]).toContain(
      'src/content/guidance/onderzoek.mdx (entry "onderzoek"), field sources[0]: references "zenner-2015" does not exist',
    );
    expect(problems[1]).toContain(
      'src/content/interventions/mindfulness.mdx (entry "mindfulness"), field sources[1]: references "bestaat-niet"',
    );
    expect(problems[2]).toContain(
      'src/content/domains.yaml (entry "energie"), field interventions[0].type: interventions "mindfulnes" does not exist',
    );
    expect(problems[3]).toContain('src/content/questions.yaml (entry "training"), field hints[1].page: guidance "weg" does not exist');
    expect(problems[4]).toContain('src/content/partners.yaml (entry "ouders"), field source.page: guidance "ook-weg" does not exist');
  });

  it('reports an intervention type no domain links, after the broken references', () => {
    const content = soundContent();
    content.interventions = [...content.interventions, { id: 'oudertraining', data: { sources: [] } }];
    content.domains = [{ id: 'energie', data: { interventions: [{ type: { id: 'mindfulness' } }, { type: { id: 'weg' } }] } }];

    const problems = contentProblems(content);

    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('field interventions[1].type: interventions "weg" does not exist');
    expect(problems.slice(1)).toEqual([
      'src/content/domains.yaml: intervention type "veerkracht" is not linked from any domain, so the scan can never suggest it. Add it to a domain\'s interventions.',
      'src/content/domains.yaml: intervention type "oudertraining" is not linked from any domain, so the scan can never suggest it. Add it to a domain\'s interventions.',
    ]);
  });

  it('reports an everyday word that leads to two domains, whatever its case, naming both', () => {
    const content = soundContent();
    content.domains = [
      ...content.domains,
      { id: 'algemene-stemming', data: { interventions: [{ type: { id: 'veerkracht' } }], everydayWords: ['somber', 'Lusteloos'] } },
    ];

    expect(contentProblems(content)).toEqual([
      'src/content/domains.yaml (entry "algemene-stemming"), field everydayWords[1]: "Lusteloos" is also an everyday word of "energie"; give each word one domain.',
    ]);
  });

  it('checks references against the entries that exist, not against the ids of other collections', () => {
    const content = soundContent();
    // "energie" is a domain, not a guidance page: a hint on it is broken.
    content.questions = [{ id: 'training', data: { hints: [{ page: { id: 'energie' } }] } }];

    expect(contentProblems(content)).toEqual([
      expect.stringContaining('field hints[0].page: guidance "energie" does not exist. Known ids: home, onderzoek.'),
    ]);
  });
});

describe('findUnquotedSources', () => {
  const guidance = [
    {
      id: 'onderzoek',
      body: 'Ze zijn *vermoeider*, ze zijn minder gaan bewegen en hun schermtijd is toegenomen.\n\nZe missen hun leeftijdgenoten.',
      data: { sources: [] },
    },
  ];

  it('accepts a source that stands in a guidance page, whatever its case, accents, punctuation and Markdown', () => {
    const domains = [
      {
        id: 'energie',
        data: {
          interventions: [],
          searchTerms: [{ term: 'vermoeid', source: 'Ze zijn vermoeider, ze zijn minder gaan bewegen' }, { term: 'moe' }],
        },
      },
    ];
    expect(findUnquotedSources({ guidance, domains, interventions: [] })).toEqual([]);
  });

  it('names the file, entry and field of a source that is not in the guidance, or not word for word', () => {
    const interventions = [
      {
        id: 'veerkracht',
        data: { sources: [], searchTerms: [{ term: 'scheiding' }, { term: 'verhuizing', source: 'een verhuizing of een scheiding' }] },
      },
    ];
    const domains = [
      {
        id: 'contact-leeftijdgenoten',
        filePath: 'src/content/domains.yaml',
        data: { interventions: [], searchTerms: [{ term: 'vrienden missen', source: 'Ze missen hun vrienden' }] },
      },
    ];
    expect(findUnquotedSources({ guidance, domains, interventions })).toEqual([
      'src/content/domains.yaml (entry "contact-leeftijdgenoten"), field searchTerms[0].source: "Ze missen hun vrienden" (for "vrienden missen") is not in the guidance\'s text; quote its words as they stand there.',
      'src/content/interventions/veerkracht.mdx (entry "veerkracht"), field searchTerms[1].source: "een verhuizing of een scheiding" (for "verhuizing") is not in the guidance\'s text; quote its words as they stand there.',
    ]);
  });

  it('is part of the checks the build runs', () => {
    const content = soundContent();
    content.domains = [
      { ...content.domains[0]!, data: { ...content.domains[0]!.data, searchTerms: [{ term: 'gevlucht', source: 'het gevlucht zijn' }] } },
      ...content.domains.slice(1),
    ];
    expect(contentProblems(content)).toEqual([expect.stringContaining('field searchTerms[0].source: "het gevlucht zijn"')]);
  });
});
