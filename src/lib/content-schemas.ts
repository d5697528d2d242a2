/**
 * Schemas of every content collection, in one place.
 *
 * They are factories that take Astro's `reference()` so that unit tests can build the same
 * schemas without the `astro:content` runtime (see tests/unit/schemas.test.ts).
 * `reference()` only checks the shape of an id; that the referenced entry exists is checked
 * once per build by `src/lib/content-integrity.ts`, which names the file and field.
 */
import { audiences, schoolTypes, type Audience } from './categories';
import { z } from 'astro/zod';
import { MAX_SEARCH_TERM_LENGTH, MAX_SEARCH_TERMS } from './limits';

/** The collections that other entries can point to. */
export type CollectionName = 'guidance' | 'interventions' | 'domains' | 'references' | 'databanks' | 'questions' | 'partners';

/** Astro's `reference()`: turns an id into `{ collection, id }`. */
export type ReferenceFactory = <C extends CollectionName>(collection: C) => z.ZodType<{ collection: C; id: string }, unknown>;

/** Lowercase words joined by hyphens: the form of every id and URL slug. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'Use lowercase letters, digits and single hyphens only (for example "omgaan-met-emoties").',
});

export { audiences, schoolTypes, type Audience };
export const schoolTypeSchema = z.enum(schoolTypes, {
  message: `School type must be one of: ${schoolTypes.join(', ')}.`,
});

export const audienceSchema = z.enum(audiences, {
  message: `Audience must be one of: ${audiences.join(', ')}.`,
});

/** Universal for everyone, or aimed at specific groups (the source: "voor specifieke groepen"). */
export const scopes = ['universeel', 'specifieke-groepen'] as const;
export const scopeSchema = z.enum(scopes, { message: `Scope must be one of: ${scopes.join(', ')}.` });

/** What kind of page a guidance entry is: part of the handreiking, a tool, or about the site. */
export const pageKinds = ['achtergrond', 'hulpmiddel', 'databank', 'literatuur', 'over'] as const;

/** How a guidance entry is laid out: `home` by src/pages/index.astro, `standaard` by src/pages/[slug].astro. */
export const guidanceTemplates = ['home', 'standaard'] as const;

const plainText = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `${what} may not be empty.` });

/** No page may show a placeholder of the source text ("[klik hier](#)", "… toevoegen") or link to "#". */
const noPlaceholder = (value: string) => !/\]\(#\)|toevoegen\*?\)|lorem ipsum|\bTODO\b/i.test(value);

const searchTermText = plainText('search term')
  .max(MAX_SEARCH_TERM_LENGTH, { message: `a search term must be at most ${MAX_SEARCH_TERM_LENGTH} characters.` })
  .refine((term) => !/[,;<>*_#[\]`|]/.test(term), {
    message: 'a search term is plain text: no commas, semicolons, Markdown or HTML.',
  });

/**
 * One search term: a word or short phrase as plain text (`- 'schoolverzuim'`), or, for a life
 * event or a mood the guidance connects to the page, the term with the words of the guidance it
 * comes from (`- { term: 'gevlucht', source: 'het gevlucht zijn uit een ander land' }`). The
 * source is there for a reviewer; the build checks that it stands in the guidance's text
 * (src/lib/content-integrity.ts). Pages show only the term.
 */
export const searchTermSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { term: value } : value),
  z
    .object({
      term: searchTermText,
      /** Words of the guidance, as they stand in it, that name the event or mood; not shown. */
      source: plainText('source').optional(),
    })
    .strict(),
);

export type SearchTerm = z.infer<typeof searchTermSchema>;

/**
 * Search terms of a domain or an intervention type: everyday words and phrases a teacher types
 * for what the page is about ("schoolverzuim", "orde houden"), each defensible from the page's own
 * text (a synonym or everyday name, never a new claim), and the life events and moods the
 * guidance connects to the page, each with its source. The page shows them in a small line and
 * the search index holds them with their word forms (README, "Search terms"). Each once.
 */
export const searchTermsSchema = z
  .array(searchTermSchema)
  .max(MAX_SEARCH_TERMS, { message: `searchTerms holds at most ${MAX_SEARCH_TERMS} terms: keep the ones a teacher would type.` })
  .superRefine((terms, context) => {
    const seen = new Set<string>();
    terms.forEach(({ term }, index) => {
      const key = term.toLocaleLowerCase('nl');
      if (seen.has(key)) context.addIssue({ code: 'custom', path: [index], message: `"${term}" is listed twice.` });
      seen.add(key);
    });
  })
  .default([]);

/** The terms of a `searchTerms` field as a page shows and the search uses them. */
export const termTexts = (terms: readonly SearchTerm[]): string[] => terms.map(({ term }) => term);

export const guidanceSchema = (reference: ReferenceFactory) =>
  z.object({
    /** Page heading and the first part of the <title>. */
    title: plainText('title'),
    /** Short label in the main navigation and in previous/next links; defaults to the title. */
    navLabel: plainText('navLabel').optional(),
    /** Meta description and search summary: one or two sentences. */
    description: plainText('description')
      .min(50, { message: 'description must be at least 50 characters: it is shown in search results.' })
      .max(200, { message: 'description must be at most 200 characters: search engines cut longer text.' }),
    /** Position in the reading order (navigation, previous/next). Unique across guidance entries. */
    order: z.number().int().nonnegative(),
    /** Kind of page: `achtergrond` (a chapter of the handreiking), `hulpmiddel` (a tool), `databank`, `literatuur`, `over` (colofon). */
    kind: z.enum(pageKinds).default('achtergrond'),
    /** Layout of the page; `standaard` is rendered by src/pages/[slug].astro. */
    template: z.enum(guidanceTemplates).default('standaard'),
    /** Shown in the main navigation; pages such as the colofon sit in the footer instead. */
    inNav: z.boolean().default(true),
    /** A wider text column, for pages that hold a tool with tables. */
    wide: z.boolean().default(false),
    /** Part of the site search; the search page itself is not. */
    searchable: z.boolean().default(true),
    /** Date this page was last edited on the site. */
    updated: z.coerce.date({ message: 'updated must be a date such as 2026-11-25.' }),
    /** Entries of the literature list this page draws on. */
    sources: z.array(reference('references')).default([]),
  });

export const interventionSchema = (reference: ReferenceFactory) =>
  z.object({
    /** Page heading: a readable name of the type. */
    title: plainText('title'),
    /** The wording of this type in the source's list, verbatim. */
    sourceLabel: plainText('sourceLabel'),
    /** Position in the source's list (1 to 13). */
    order: z.number().int().positive(),
    /** One or two neutral sentences; no effect claims the source does not make. */
    summary: plainText('summary').max(300, { message: 'summary must be at most 300 characters.' }).refine(noPlaceholder, {
      message: 'summary contains placeholder text.',
    }),
    /** Everyday words for this type, for the search (see `searchTermsSchema`). */
    searchTerms: searchTermsSchema,
    audiences: z.array(audienceSchema).min(1, { message: 'audiences needs at least one of leerlingen, leerkrachten, ouders.' }),
    scope: scopeSchema,
    /** Entries of the literature list on this type (only entries of that list). */
    sources: z.array(reference('references')).default([]),
  });

export const domainSchema = (reference: ReferenceFactory) =>
  z.object({
    id: slugSchema,
    /** The domain as the source names it, with a capital first letter. */
    label: plainText('label'),
    /** Short label for tables and charts. */
    shortLabel: plainText('shortLabel').max(24, { message: 'shortLabel must be at most 24 characters.' }),
    order: z.number().int().positive(),
    /** One line that explains the domain. */
    explanation: plainText('explanation'),
    /**
     * Everyday words and phrases for a worry on this domain, as a teacher would say them ("somber",
     * "geen zin in school"). The site's own wording aid, not a finding of the guidance: the home
     * page's "Waar maak je je zorgen over?" shows them (and search can use them). Short, plain text
     * without commas (the home page lists them with commas), each word once; the build also checks
     * that no word leads to two domains (src/lib/content-integrity.ts).
     */
    everydayWords: z
      .array(
        plainText('everyday word')
          .max(40, { message: 'an everyday word or phrase must be at most 40 characters.' })
          .refine((word) => !/[,;<>*_#[\]`|]/.test(word), {
            message: 'an everyday word or phrase is plain text: no commas, semicolons, Markdown or HTML.',
          }),
      )
      .min(1, { message: 'everydayWords needs at least one word or phrase a teacher would use, such as "somber".' })
      .superRefine((words, context) => {
        const seen = new Set<string>();
        words.forEach((word, index) => {
          const key = word.toLocaleLowerCase('nl');
          if (seen.has(key)) context.addIssue({ code: 'custom', path: [index], message: `"${word}" is listed twice.` });
          seen.add(key);
        });
      }),
    /**
     * More everyday words for this domain, for the search only (see `searchTermsSchema`); the
     * search also uses the everyday words above. No term may repeat an everyday word.
     */
    searchTerms: searchTermsSchema,
    /** Questions that help a team answer "Wat zien we?" in the scan. */
    prompts: z.array(plainText('prompt')).min(2, { message: 'prompts needs at least two questions.' }),
    /** Intervention types that can help, each with the reason for the link. */
    interventions: z
      .array(
        z.object({
          type: reference('interventions'),
          rationale: plainText('rationale'),
        }),
      )
      .min(1, { message: 'interventions needs at least one intervention type.' }),
  });

const personSchema = z.object({
  family: plainText('family name'),
  /** Initials, for example "J.A.". */
  given: z
    .string()
    .trim()
    .regex(/^(?:[A-ZÀ-Ý]\.(?:-?[A-ZÀ-Ý]\.)*)*$/, {
      message: 'given must be initials with full stops, for example "J.A.".',
    }),
});
const organisationSchema = z.object({ organisation: plainText('organisation') });
export const authorSchema = z.union([personSchema, organisationSchema]);

export const referenceKinds = ['article', 'book', 'report', 'chapter', 'thesis'] as const;

export const referenceSchema = z
  .object({
    /** Stable anchor on /literatuur/: first author and year, e.g. "durlak-2011". Never change it. */
    id: slugSchema,
    kind: z.enum(referenceKinds),
    authors: z.array(authorSchema).min(1, { message: 'authors needs at least one author.' }),
    /** The source lists only the first authors ("et al."). */
    etAl: z.boolean().default(false),
    /** Year of publication; null when the source gives none. */
    year: z.number().int().min(1900).max(2100).nullable(),
    /** A more precise date the source gives, such as "februari 2021". */
    dateNote: z.string().trim().optional(),
    title: plainText('title'),
    /** Journal, report series or book the work appears in. */
    container: z.string().trim().optional(),
    /** Editors of the book a chapter appears in, as the source writes them. */
    editors: z.array(plainText('editor')).optional(),
    volume: z.string().trim().optional(),
    issue: z.string().trim().optional(),
    pages: z.string().trim().optional(),
    publisher: z.string().trim().optional(),
    place: z.string().trim().optional(),
    /** The entry exactly as it stands in the source's literature list. */
    sourceText: plainText('sourceText'),
    /** Typos in the source that were corrected, so readers can trace every change. */
    corrections: z
      .array(z.object({ original: plainText('original'), corrected: plainText('corrected'), field: plainText('field') }))
      .default([]),
  })
  .refine((entry) => entry.kind !== 'article' || Boolean(entry.container), {
    message: 'An article needs a container (the journal).',
    path: ['container'],
  })
  .refine((entry) => entry.kind !== 'chapter' || Boolean(entry.container), {
    message: 'A chapter needs a container (the book).',
    path: ['container'],
  });

export const databankSchema = z.object({
  id: slugSchema,
  name: plainText('name'),
  organisation: plainText('organisation'),
  order: z.number().int().positive(),
  /** How the source introduces this databank, verbatim; absent for databanks the site adds. */
  sourceText: z.string().trim().optional(),
  /** What a school finds there. */
  description: plainText('description'),
  links: z
    .array(
      z.object({
        label: plainText('link label'),
        url: z.url({ protocol: /^https$/, message: 'url must be a full https:// address.' }),
        schoolTypes: z.array(schoolTypeSchema).min(1),
      }),
    )
    .min(1),
});

/** A sentence quoted verbatim from the source, with the guidance page it stands on. */
const quoteSchema = (reference: ReferenceFactory) =>
  z.object({
    quote: plainText('quote'),
    page: reference('guidance'),
  });

export const questionSchema = (reference: ReferenceFactory) =>
  z.object({
    id: slugSchema,
    /** Position in the source's numbered list. */
    order: z.number().int().positive(),
    /** The question as the source asks it, verbatim. */
    text: plainText('text'),
    /** Short hints for the werkblad: sentences of the source that bear on this question. */
    hints: z.array(quoteSchema(reference)).default([]),
  });

export const partnerSchema = (reference: ReferenceFactory) =>
  z
    .object({
      id: slugSchema,
      /** As the werkblad lists it. */
      label: plainText('label'),
      order: z.number().int().positive(),
      /** Where the partner is: in and around the school (the people a mentor works with first), or outside it. */
      group: z.enum(['school', 'buiten'], { message: 'group must be "school" or "buiten".' }),
      /**
       * True for a partner the guidance does not name, which this site adds (the intern begeleider,
       * colleagues, the school's leadership): the werkblad labels it as the site's own addition.
       */
      addition: z.boolean().default(false),
      /** A sentence of the source about working with this partner. */
      source: quoteSchema(reference).optional(),
    })
    .refine((partner) => !(partner.addition && partner.source), {
      message: "A partner the source names (with a source quote) is not this site's addition: remove `addition` or `source`.",
    });

export type Author = z.infer<typeof authorSchema>;
export type ReferenceData = z.infer<typeof referenceSchema>;
export type DomainData = z.infer<ReturnType<typeof domainSchema>>;
export type InterventionData = z.infer<ReturnType<typeof interventionSchema>>;
export type GuidanceData = z.infer<ReturnType<typeof guidanceSchema>>;
export type DatabankData = z.infer<typeof databankSchema>;
export type QuestionData = z.infer<ReturnType<typeof questionSchema>>;
export type PartnerData = z.infer<ReturnType<typeof partnerSchema>>;
export type SchoolType = (typeof schoolTypes)[number];
export type Scope = (typeof scopes)[number];
export type PageKind = (typeof pageKinds)[number];
