/** A bad entry is rejected with a message an editor can act on. */
import { describe, expect, it } from 'vitest';
import {
  databankSchema,
  domainSchema,
  guidanceSchema,
  interventionSchema,
  questionSchema,
  referenceSchema,
} from '../../src/lib/content-schemas';
import { testReference } from '../support/content-files';

/** The messages of a failed parse, as "path: message". */
function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  if (result.success || !result.error) return [];
  return result.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

const intervention = {
  title: 'Mindfulness en meditatie',
  sourceLabel: 'Mindfulness / meditatie',
  order: 4,
  summary: 'Interventies die zich richten op mindfulness en meditatie.',
  audiences: ['leerlingen'],
  scope: 'universeel',
  sources: ['zenner-2014'],
};

describe('interventionSchema', () => {
  const schema = interventionSchema(testReference);

  it('accepts a good entry and turns sources into references', () => {
    const result = schema.parse(intervention);
    expect(result.sources).toEqual([{ collection: 'references', id: 'zenner-2014' }]);
  });

  it('names the allowed doelgroepen when one is wrong', () => {
    expect(problems(schema.safeParse({ ...intervention, audiences: ['pupils'] }))).toEqual([
      'audiences.0: Audience must be one of: leerlingen, leerkrachten, ouders.',
    ]);
  });

  it('asks for at least one doelgroep', () => {
    expect(problems(schema.safeParse({ ...intervention, audiences: [] }))).toEqual([
      'audiences: audiences needs at least one of leerlingen, leerkrachten, ouders.',
    ]);
  });

  it('rejects an unknown scope and an empty title', () => {
    expect(problems(schema.safeParse({ ...intervention, scope: 'iedereen', title: ' ' }))).toEqual([
      'title: title may not be empty.',
      'scope: Scope must be one of: universeel, specifieke-groepen.',
    ]);
  });

  it('rejects placeholder text in a summary', () => {
    expect(problems(schema.safeParse({ ...intervention, summary: 'Zie [klik hier](#).' }))).toEqual([
      'summary: summary contains placeholder text.',
    ]);
  });
});

describe('domainSchema', () => {
  const schema = domainSchema(testReference);
  const domain = {
    id: 'energie',
    label: 'Energie',
    shortLabel: 'Energie',
    order: 2,
    explanation: 'Hoeveel energie leerlingen hebben.',
    everydayWords: ['moe', 'lusteloos'],
    prompts: ['Zien we vermoeide leerlingen?', 'Wanneer op de dag?'],
    interventions: [{ type: 'mindfulness', rationale: 'Richt zich op ontspanning.' }],
  };

  it('accepts a good entry', () => {
    expect(schema.parse(domain).interventions[0]?.type).toEqual({ collection: 'interventions', id: 'mindfulness' });
  });

  it('explains what an id must look like', () => {
    expect(problems(schema.safeParse({ ...domain, id: 'Omgaan met emoties' }))).toEqual([
      'id: Use lowercase letters, digits and single hyphens only (for example "omgaan-met-emoties").',
    ]);
  });

  it('asks for a rationale for every link and at least two prompts', () => {
    expect(
      problems(schema.safeParse({ ...domain, prompts: ['Eén vraag?'], interventions: [{ type: 'mindfulness', rationale: '' }] })),
    ).toEqual(['prompts: prompts needs at least two questions.', 'interventions.0.rationale: rationale may not be empty.']);
  });

  it('asks for at least one everyday word, each short, plain and listed once', () => {
    expect(problems(schema.safeParse({ ...domain, everydayWords: [] }))).toEqual([
      'everydayWords: everydayWords needs at least one word or phrase a teacher would use, such as "somber".',
    ]);
    expect(
      problems(
        schema.safeParse({
          ...domain,
          everydayWords: ['moe, lusteloos', 'Moe', 'moe', '*vet*', 'een veel te lange omschrijving van wat je ziet in de klas'],
        }),
      ),
    ).toEqual([
      'everydayWords.0: an everyday word or phrase is plain text: no commas, semicolons, Markdown or HTML.',
      'everydayWords.3: an everyday word or phrase is plain text: no commas, semicolons, Markdown or HTML.',
      'everydayWords.4: an everyday word or phrase must be at most 40 characters.',
      'everydayWords.2: "moe" is listed twice.',
    ]);
    expect(problems(schema.safeParse({ ...domain, everydayWords: ['moe', 'lusteloos', 'Moe'] }))).toEqual([
      'everydayWords.2: "Moe" is listed twice.',
    ]);
  });

  it('takes a search term as plain text or with the guidance’s words it comes from, and gives both as a term', () => {
    const parsed = schema.parse({
      ...domain,
      searchTerms: ['vermoeid', { term: 'schermtijd', source: 'hun schermtijd is toegenomen' }],
    });
    expect(parsed.searchTerms).toEqual([{ term: 'vermoeid' }, { term: 'schermtijd', source: 'hun schermtijd is toegenomen' }]);
    expect(schema.parse(domain).searchTerms).toEqual([]);
  });

  it('checks a search term the same way in either form, and names the field', () => {
    const tooLong = 'een veel te lange omschrijving van wat je ziet';
    expect(
      problems(
        schema.safeParse({
          ...domain,
          searchTerms: [
            'puf, energie',
            { term: tooLong, source: 'hun schermtijd is toegenomen' },
            { term: 'schermtijd', source: ' ' },
            { term: 'beeldscherm', bron: 'hun schermtijd is toegenomen' },
            { term: 'Vermoeid' },
            'vermoeid',
          ],
        }),
      ),
    ).toEqual([
      'searchTerms.0.term: a search term is plain text: no commas, semicolons, Markdown or HTML.',
      'searchTerms.1.term: a search term must be at most 40 characters.',
      'searchTerms.2.source: source may not be empty.',
      'searchTerms.3: Unrecognized key: "bron"',
      'searchTerms.5: "vermoeid" is listed twice.',
    ]);
  });

  it('holds at most 12 search terms', () => {
    const terms = Array.from({ length: 13 }, (_, index) => `woord${index}`);
    expect(problems(schema.safeParse({ ...domain, searchTerms: terms }))).toEqual([
      'searchTerms: searchTerms holds at most 12 terms: keep the ones a teacher would type.',
    ]);
  });

  it('limits the short label used in tables', () => {
    expect(problems(schema.safeParse({ ...domain, shortLabel: 'Een veel te lang kort label hier' }))).toEqual([
      'shortLabel: shortLabel must be at most 24 characters.',
    ]);
  });
});

describe('guidanceSchema', () => {
  const schema = guidanceSchema(testReference);
  const page = {
    title: 'Wat zegt het onderzoek?',
    description: 'Wat onderzoek zegt over welbevinden van kinderen en jongeren tijdens de coronacrisis.',
    order: 3,
    updated: '2026-11-25',
  };

  it('fills in defaults', () => {
    const result = schema.parse(page);
    expect(result.template).toBe('standaard');
    expect(result.inNav).toBe(true);
    expect(result.sources).toEqual([]);
    expect(result.updated).toEqual(new Date('2026-11-25'));
  });

  it('keeps descriptions between 50 and 200 characters, with the reason', () => {
    expect(problems(schema.safeParse({ ...page, description: 'Te kort.' }))).toEqual([
      'description: description must be at least 50 characters: it is shown in search results.',
    ]);
  });

  it('rejects a date that is not a date', () => {
    expect(problems(schema.safeParse({ ...page, updated: 'vorige week' }))).toEqual([
      'updated: updated must be a date such as 2026-11-25.',
    ]);
  });
});

describe('referenceSchema', () => {
  const article = {
    id: 'kraag-2006',
    kind: 'article',
    authors: [{ family: 'Kraag', given: 'G.' }],
    year: 2006,
    title: 'School programs targeting stress management in children and adolescents',
    container: 'Journal of School Psychology',
    sourceText: 'Kraag G, ...',
  };

  it('accepts an article and defaults etAl and corrections', () => {
    const result = referenceSchema.parse(article);
    expect(result.etAl).toBe(false);
    expect(result.corrections).toEqual([]);
  });

  it('requires the journal of an article', () => {
    expect(problems(referenceSchema.safeParse({ ...article, container: undefined }))).toEqual([
      'container: An article needs a container (the journal).',
    ]);
  });

  it('requires initials with full stops', () => {
    expect(problems(referenceSchema.safeParse({ ...article, authors: [{ family: 'Kraag', given: 'G' }] }))).toContain(
      'authors.0.given: given must be initials with full stops, for example "J.A.".',
    );
  });

  it('accepts a missing year as null, not as an absent field', () => {
    expect(referenceSchema.safeParse({ ...article, year: null }).success).toBe(true);
    expect(referenceSchema.safeParse({ ...article, year: undefined }).success).toBe(false);
  });
});

describe('databankSchema and questionSchema', () => {
  it('requires https addresses and known school types', () => {
    const databank = {
      id: 'x',
      name: 'X',
      organisation: 'Y',
      order: 1,
      description: 'Z',
      links: [{ label: 'X', url: 'http://example.nl', schoolTypes: ['havo'] }],
    };
    expect(problems(databankSchema.safeParse(databank))).toEqual([
      'links.0.url: url must be a full https:// address.',
      'links.0.schoolTypes.0: School type must be one of: po, vo, so-vso, mbo.',
    ]);
  });

  it('requires the question text', () => {
    expect(problems(questionSchema(testReference).safeParse({ id: 'lesprogramma', order: 1, text: '' }))).toEqual([
      'text: text may not be empty.',
    ]);
  });
});
