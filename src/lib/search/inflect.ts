/**
 * Dutch word forms of a page's search terms, made by rule when the site is built, so that a
 * teacher who types another form than the one in the content still finds the page: "gespijbeld"
 * or "spijbelt" for "spijbelen", "blijft weg" for "wegblijven", "eenzame" for "eenzaam".
 *
 * Only forms that Pagefind does not reach by itself are made. Pagefind matches a searched word
 * that starts with an indexed word or that an indexed word starts with, and its Dutch stemmer
 * strips regular endings, so "spijbelde", "vrienden", "angstige" and "eenzaamheid" already find
 * "spijbelen", "vriend", "angstig" and "eenzaam". What they miss are forms whose beginning
 * differs: a participle ("ge-"), a verb whose particle stands apart ("blijft … weg"), a strong
 * verb ("bleef", "gesloten"), and a stem whose spelling changes ("slapen" → "slaapt",
 * "eenzaam" → "eenzame", "boos" → "boze"). A word's class is not known, so each rule applies to
 * every word of the right shape; a form no one types ("gevriend" from "vrienden") only costs a
 * few bytes of the index.
 */
import { isMeaningful, wordsOf } from './question';

/** Particles that stand apart from a verb in a main clause: "weg|blijven", "hij blijft weg"; "ge" goes between them. */
const separableParticles = [
  'buiten',
  'terug',
  'samen',
  'thuis',
  'tegen',
  'voor',
  'neer',
  'vast',
  'stil',
  'door',
  'over',
  'weg',
  'mee',
  'aan',
  'uit',
  'los',
  'toe',
  'bij',
  'af',
  'op',
  'in',
  'na',
  'om',
] as const;

/** Unstressed prefixes: a verb that starts with one has no "ge" in its participle ("verzuimd", "bemiddeld"). */
const inseparablePrefixes = ['onder', 'her', 'ont', 'ver', 'mis', 'be', 'ge', 'er'] as const;

/**
 * Strong and irregular verbs, whose past and participle follow no rule: infinitive → [past
 * singular, participle, and the stem where the rule for stems fails]. The common verbs of a
 * teacher's worry; a verb missing here gets the regular forms, and still its stem.
 */
export const strongVerbs: Readonly<Record<string, readonly [past: string, participle: string, stem?: string]>> = {
  beginnen: ['begon', 'begonnen'],
  blijven: ['bleef', 'gebleven'],
  brengen: ['bracht', 'gebracht'],
  denken: ['dacht', 'gedacht'],
  doen: ['deed', 'gedaan'],
  drinken: ['dronk', 'gedronken'],
  eten: ['at', 'gegeten'],
  gaan: ['ging', 'gegaan'],
  geven: ['gaf', 'gegeven'],
  houden: ['hield', 'gehouden'],
  kijken: ['keek', 'gekeken'],
  komen: ['kwam', 'gekomen', 'kom'],
  krijgen: ['kreeg', 'gekregen'],
  lijden: ['leed', 'geleden'],
  lopen: ['liep', 'gelopen'],
  nemen: ['nam', 'genomen'],
  schelden: ['schold', 'gescholden'],
  scheiden: ['scheidde', 'gescheiden'],
  schrijven: ['schreef', 'geschreven'],
  slaan: ['sloeg', 'geslagen'],
  slapen: ['sliep', 'geslapen'],
  sluiten: ['sloot', 'gesloten'],
  spreken: ['sprak', 'gesproken'],
  staan: ['stond', 'gestaan'],
  sterven: ['stierf', 'gestorven'],
  trekken: ['trok', 'getrokken'],
  vallen: ['viel', 'gevallen'],
  varen: ['voer', 'gevaren'],
  vechten: ['vocht', 'gevochten'],
  verliezen: ['verloor', 'verloren'],
  vinden: ['vond', 'gevonden'],
  vragen: ['vroeg', 'gevraagd'],
  wegen: ['woog', 'gewogen'],
  worden: ['werd', 'geworden'],
  zeggen: ['zei', 'gezegd'],
  zien: ['zag', 'gezien'],
  zitten: ['zat', 'gezeten'],
  zoeken: ['zocht', 'gezocht'],
};

const vowel = /[aeiou]/;
/** Consonants after which a regular participle ends in "t" (" 't kofschip"), else in "d". */
const voiceless = /(?:[tkfspx]|ch)$/;

/** A verb split into its prefix (a particle, an unstressed prefix, or none) and the verb it is built on. */
interface VerbParts {
  particle: string;
  prefix: string;
  base: string;
}

/**
 * Splits "wegblijven" into particle "weg" and base "blijven", "verzuimen" into prefix "ver" and
 * "zuimen"; a verb of the strong list is split only where its rest is such a prefix. A particle
 * or a prefix is split off only when a verb of at least four letters with a vowel before its
 * "-en" remains ("bellen" is no "be-llen").
 */
function verbParts(verb: string): VerbParts {
  const strong = Object.keys(strongVerbs)
    .filter((base) => verb.endsWith(base))
    .sort((a, b) => b.length - a.length);
  for (const base of strong) {
    const rest = verb.slice(0, verb.length - base.length);
    if (rest === '') return { particle: '', prefix: '', base };
    if ((separableParticles as readonly string[]).includes(rest)) return { particle: rest, prefix: '', base };
    if ((inseparablePrefixes as readonly string[]).includes(rest)) return { particle: '', prefix: rest, base };
  }
  const leaves = (word: string, start: string) => {
    const rest = word.slice(start.length);
    return word.startsWith(start) && rest.length >= 4 && vowel.test(rest.slice(0, -2));
  };
  const particle = separableParticles.find((candidate) => leaves(verb, candidate));
  const base = particle ? verb.slice(particle.length) : verb;
  const prefix = inseparablePrefixes.find((candidate) => leaves(base, candidate)) ?? '';
  return { particle: particle ?? '', prefix, base: prefix ? base.slice(prefix.length) : base };
}

/**
 * The stem of a verb, spelled as Dutch spells it alone: "zeggen" → "zeg", "slapen" → "slaap",
 * "leven" → "leef", "verhuizen" → "verhuis". The vowel of an unstressed last syllable is not
 * doubled ("spijbelen" → "spijbel", "piekeren" → "pieker"). `raw` is the stem before "v" and "z"
 * become "f" and "s", which decides between "-t" and "-d".
 */
export function verbStem(infinitive: string): { stem: string; raw: string } {
  // "gaan", "staan", "zien", "doen": the stem is the infinitive without its "n", one "a".
  const short = /(aa|ie|oe)n$/.exec(infinitive);
  if (short) {
    const stem = `${infinitive.slice(0, short.index)}${short[1] === 'aa' ? 'a' : short[1]}`;
    return { stem, raw: stem };
  }
  let raw = infinitive.slice(0, -2);
  const last = raw.at(-1) ?? '';
  if (raw.length >= 2 && !vowel.test(last) && raw.at(-2) === last) raw = raw.slice(0, -1);
  else {
    const open = /(^|[^aeiou])([aeou])([^aeiouwjy])$/.exec(raw);
    const groupsBefore = (raw.slice(0, open?.index ?? 0).match(/[aeiouy]+/g) ?? []).length;
    const unstressed = open?.[2] === 'e' && groupsBefore > 0 && /[lrnm]/.test(open[3] ?? '');
    if (open && !unstressed) raw = `${raw.slice(0, -1)}${open[2]}${open[3]}`;
  }
  return { stem: raw.replace(/v$/, 'f').replace(/z$/, 's'), raw };
}

/** A verb's forms: stem, stem with "t", past singular and participle, and with a particle also its forms without. */
export function verbForms(infinitive: string): string[] {
  const { particle, prefix, base } = verbParts(infinitive);
  const whole = `${prefix}${base}`;
  const strong = strongVerbs[base];
  const { stem, raw } = strong?.[2] ? { stem: `${prefix}${strong[2]}`, raw: `${prefix}${strong[2]}` } : verbStem(whole);
  const ending = voiceless.test(raw) ? 't' : 'd';
  const regular = stem.endsWith(ending) ? stem : `${stem}${ending}`;
  const participle = strong ? `${prefix}${prefix ? strong[1].replace(/^ge/, '') : strong[1]}` : `${prefix ? '' : 'ge'}${regular}`;
  const past = strong ? `${prefix}${strong[0]}` : undefined;
  // "ga" → "gaat": a stem that ends in one "a" doubles it before "t".
  const third = stem.endsWith('t') ? stem : `${stem.replace(/([^a])a$/, '$1aa')}t`;
  const finite = [stem, third, ...(past ? [past] : [])];
  const forms = [`${particle}${participle}`, ...finite];
  if (particle) forms.push(whole, ...finite.map((form) => `${particle}${form}`));
  return forms;
}

/**
 * The form before an ending "-e" or "-en" when its spelling changes: a long vowel is written once
 * ("eenzaam" → "eenzame", "kwaad" → "kwade") and "s" and "f" after a long vowel become "z" and "v"
 * ("boos" → "boze", "lief" → "lieve"). Undefined when "-e" is simply added.
 */
export function eForm(word: string): string | undefined {
  const long = /(aa|ee|oo|uu)([^aeiou])$/.exec(word);
  if (long) {
    const single = `${word.slice(0, long.index)}${long[1]?.[0]}`;
    return `${single}${voice(long[2] ?? '')}e`;
  }
  const diphthong = /(ie|ij|ei|ui|ou|eu|oe)([sf])$/.exec(word);
  // "ruzies", "emoties": a plural in "-s" has no form with "-e" ("vies" has: "vieze").
  if (diphthong && !/[aeiou][^aeiou]+ies$/.test(word)) return `${word.slice(0, -1)}${voice(diphthong[2] ?? '')}e`;
  return undefined;
}

const voice = (consonant: string) => ({ s: 'z', f: 'v' })[consonant] ?? consonant;

/**
 * Longer words that end in "-en" are compound nouns ("aandachtsproblemen", "opvoedingsvragen"):
 * a verb with its particle is rarely longer ("buitensluiten").
 */
const MAX_VERB_LENGTH = 13;

/**
 * Whether a word can be a verb's infinitive: a consonant and "-en" at its end ("alleen" cannot),
 * or (built on) a strong verb such as "gaan". Plurals of "-heid" and "-ing" are left out.
 */
function mayBeVerb(word: string): boolean {
  if (/^.{2,}[^aeiou]en$/.test(word) && word.length <= MAX_VERB_LENGTH && !/(?:heden|ingen)$/.test(word)) return true;
  return Object.keys(strongVerbs).some((base) => word.endsWith(base) && verbParts(word).base === base);
}

/**
 * The infinitive of a strong verb's participle, with its particle: "buitengesloten" →
 * "buitensluiten", "teruggetrokken" → "terugtrekken". Undefined for any other word.
 */
export function infinitiveOfParticiple(word: string): string | undefined {
  for (const [base, [, participle]] of Object.entries(strongVerbs)) {
    if (!word.endsWith(participle)) continue;
    const rest = word.slice(0, word.length - participle.length);
    if (rest === '' || (separableParticles as readonly string[]).includes(rest)) return `${rest}${base}`;
  }
  return undefined;
}

/** A word and the forms of it that Pagefind would not reach (see the module comment), each once, without stop words. */
export function wordForms(word: string): string[] {
  const forms = [word];
  const infinitive = infinitiveOfParticiple(word);
  if (infinitive) forms.push(infinitive, ...verbForms(infinitive));
  else if (mayBeVerb(word)) forms.push(...verbForms(word));
  else {
    const before = eForm(word);
    if (before) forms.push(before);
  }
  return [...new Set(forms)].filter((form) => form === word || isMeaningful(form));
}

/**
 * What the search index holds for a page's search terms: every meaningful word of the terms
 * (lower case, without stop words) and its forms, each once, in the order of the terms.
 */
export function indexedTermWords(terms: readonly string[]): string[] {
  return [...new Set(terms.flatMap((term) => wordsOf(term).filter(isMeaningful).flatMap(wordForms)))];
}
