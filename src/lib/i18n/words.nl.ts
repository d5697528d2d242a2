/**
 * The site's word list: one way of speaking. For each concept the words to use and the words not
 * to use (the "not" column), with the reason. Every interface string in src/lib/i18n/ and the
 * titles and descriptions of the content follow it; tests/unit/word-list.test.ts reads every one of
 * them and names the string that uses a word of the `avoid` column.
 *
 * Quotations of the guidance are the guidance's words and stay as they are: a sentence that stands
 * word for word in the source text is not checked.
 */

/** A word of the "not" column. */
export interface AvoidedWord {
  /** The word as an editor would look for it. */
  word: string;
  /** How to find it in a text when "the word on its own, in any case" is too wide or too narrow. */
  pattern?: RegExp;
}

export interface WordRule {
  /** Short name, used in test messages. */
  id: string;
  /** What the words are about. */
  concept: string;
  /** The words to use, with an example in context. */
  use: readonly string[];
  /** Words not to use for this concept (plain strings match as whole words, in any case). */
  avoid: readonly (string | AvoidedWord)[];
  /** Uses of an avoided word that are right; each says why in the comment next to it. */
  allowed?: readonly RegExp[];
  reason: string;
}

export const wordList = [
  {
    id: 'opslaan',
    concept: 'What the site does by itself: keeping work in the browser on this device',
    use: ['opslaan', 'opgeslagen', '“Automatisch opgeslagen op dit apparaat, 14:32”', '“Naam opslaan”'],
    avoid: ['bewaren', 'bewaard', 'bewaar', 'bewaart', 'saven'],
    reason:
      '“Opgeslagen” and “Bewaren” stood side by side for the same thing. “Opslaan” is what teachers know from every program; files have their own verb (downloaden).',
  },
  {
    id: 'downloaden',
    concept: 'Making a file of the work, on the user’s computer',
    use: ['downloaden', '“Download als bestand”', '“Download alles als één bestand”', '“Download voor Excel (CSV)”'],
    avoid: [
      { word: 'exporteren', pattern: /\bexporte(?:ren|er|ert|erd)\b/i },
      'export',
      { word: 'bewaren als bestand', pattern: /\bbewa(?:ren|ar|art|ard) als bestand\b/i },
    ],
    reason: '“Exporteren” is jargon for teachers; “downloaden” is the word the browser itself shows when the file arrives.',
  },
  {
    id: 'bestand-toevoegen',
    concept: 'Reading a file the site made back in; its records are added as new ones',
    use: ['toevoegen uit een bestand', '“Scan toevoegen uit een bestand”', '“Toegevoegd uit {file}: 2 scans”'],
    avoid: [{ word: 'importeren', pattern: /\b(?:importe(?:ren|er|ert)|geïmporteerd)\b/i }, 'import'],
    reason: 'The counterpart of “exporteren”, and as much jargon. “Toevoegen” also says what happens: nothing is overwritten.',
  },
  {
    id: 'bestand',
    concept: 'A file in a label',
    use: ['bestand', 'the format, when it matters, in the hint: “Een .json-bestand van deze site”', '“Download voor Excel (CSV)”'],
    avoid: [
      { word: 'JSON', pattern: /\bJSON\b/ },
      { word: 'a label that is only a format (“CSV”)', pattern: /^\s*\(?(?:CSV|JSON)\)?\s*$/i },
    ],
    reason:
      'A teacher knows what a file is, not what JSON is. “.json” is what they see at the end of the file name, so a hint may say it; CSV is named only as what it is for: Excel.',
  },
  {
    id: 'je',
    concept: 'Addressing the reader',
    use: ['je', 'jij', 'jouw', '“je team”', '“Wat zien we?” (the team speaking, not addressed)'],
    avoid: ['jullie', 'u', 'uw'],
    reason:
      'One form of address throughout, also in the tools: a mentor often works alone, and “je” fits one person and a team alike. “U” is too formal for a school team.',
  },
  {
    id: 'past-bij',
    concept: 'The links between domains and intervention types: a choice of this site, not a finding of the guidance',
    use: ['past bij', '“Interventietypen die bij dit domein passen (keuze van deze site)”', 'volgens deze site'],
    avoid: [
      { word: 'helpt / helpen', pattern: /\bhelp(?:t|en)\b/i },
      'kan helpen',
      'kunnen helpen',
      { word: 'werkt (bij, tegen, voor, goed)', pattern: /\b(?:werkt|werken) (?:bij|tegen|voor|goed|het best)\b|\bwat werkt\b/i },
      { word: 'effectief', pattern: /\beffectie(?:f|ve|viteit)\b/i },
    ],
    allowed: [
      // The name of a databank, not a claim of this site.
      /Databank Effectieve Jeugdinterventies/,
    ],
    reason:
      'The guidance names the domains and the types but does not link them, and makes no claim that a type helps with a domain. The site links them as a suggestion and says so at the link.',
  },
  {
    id: 'niet-op-dit-apparaat',
    concept: 'A record that is not here, when the site does not know why (a worksheet whose scan is on another device)',
    use: ['“staat niet op dit apparaat”', '“De scan staat niet (meer) op dit apparaat”'],
    avoid: [{ word: 'verwijderd', pattern: /\bverwijderd\b/i }],
    allowed: [
      // Right after the user deleted it here: the message names what they deleted.
      /[‘']\{title\}[’'] is verwijderd/,
      /\bActie \{n\} verwijderd/,
      /\bEigen partner \{n\} verwijderd/,
      // Another tab on this device deleted it: the storage event says so.
      /in een ander tabblad verwijderd/,
    ],
    reason:
      'A worksheet read from a file may come from a device where its scan still exists. “Verwijderd” is only said when this device deleted it.',
  },
  {
    id: 'meer-lezen',
    concept: 'Titles from the literature list shown under a page',
    use: ['“Meer lezen”', '“een selectie van deze site uit de literatuurlijst van de handreiking”'],
    avoid: ['Achtergrondliteratuur', 'onderbouwing'],
    reason:
      'The guidance cites no titles in its text. “Achtergrondliteratuur” under a chapter suggested that these titles back the chapter; they are a reading list this site chose.',
  },
] as const satisfies readonly WordRule[];

/**
 * One display name per intervention type. The avoided words come from the content, so this rule
 * is applied by `avoidedTypeNames` in src/lib/wording.ts rather than listed above.
 */
export const typeNameRule = {
  id: 'typenaam',
  concept: 'The name of an intervention type',
  use: ['its `title` (src/content/interventions/<id>.mdx), in every list, filter, search result and tool'],
  avoid: ['the guidance’s own wording (`sourceLabel`) where it differs from the title'],
  reason:
    'One type had several names (“Mindfulness / meditatie” and “Mindfulness en meditatie”). The guidance’s wording is kept, and shown once on the type’s page as “In de handreiking: …”.',
} as const;

export type WordRuleId = (typeof wordList)[number]['id'];
