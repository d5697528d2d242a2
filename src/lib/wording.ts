/**
 * Checks a text against the word list (src/lib/i18n/words.nl.ts): which words of the "not" column
 * it uses, outside quotations of the guidance and outside the uses the list allows.
 */
import { typeNameRule, wordList, type AvoidedWord, type WordRule } from './i18n/words.nl';

export interface WordFinding {
  /** The rule's id, e.g. "past-bij". */
  rule: string;
  /** The avoided word as the list names it. */
  word: string;
  /** What the text says. */
  found: string;
  /** What to say instead. */
  use: readonly string[];
}

export interface FindOptions {
  rules?: readonly WordRule[];
  /** True for a sentence (or a part in double quotes) that quotes the guidance word for word. */
  isQuote?: (part: string) => boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern of an avoided word: its own, or the word on its own (letters on neither side), in any case. */
export function avoidedPattern(avoided: string | AvoidedWord): RegExp {
  if (typeof avoided !== 'string' && avoided.pattern) return avoided.pattern;
  const word = typeof avoided === 'string' ? avoided : avoided.word;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'iu');
}

const globally = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);

/**
 * Sentences, split after . ? or ! followed by a space; and a label before a colon apart from what
 * follows ("Vraag 2: <the guidance's question>"), so that a quote after a label counts as one.
 */
const sentences = (text: string) => text.split(/(?<=[.?!:])\s+/).filter((part) => part.trim() !== '');

/** The text without the parts that quote the guidance: whole sentences, or parts in double quotes. */
function withoutQuotes(text: string, isQuote: (part: string) => boolean): string {
  return sentences(text)
    .filter((sentence) => !isQuote(sentence.trim()))
    .map((sentence) => sentence.replace(/[“"]([^”"]+)[”"]/g, (whole, inner: string) => (isQuote(inner) ? '“…”' : whole)))
    .join(' ');
}

/** Every use of a word of the "not" column in `text`. */
export function findAvoidedWords(text: string, options: FindOptions = {}): WordFinding[] {
  const rules: readonly WordRule[] = options.rules ?? wordList;
  const isQuote = options.isQuote ?? (() => false);
  const checked = withoutQuotes(text, isQuote);
  const findings: (WordFinding & { start: number; end: number })[] = [];
  for (const rule of rules) {
    const allowedSpans = (rule.allowed ?? []).flatMap((allowed) =>
      [...checked.matchAll(globally(allowed))].map((match) => [match.index, match.index + match[0].length] as const),
    );
    for (const avoided of rule.avoid) {
      for (const match of checked.matchAll(globally(avoidedPattern(avoided)))) {
        const start = match.index;
        const end = start + match[0].length;
        if (allowedSpans.some(([from, to]) => from <= start && end <= to)) continue;
        findings.push({
          rule: rule.id,
          word: typeof avoided === 'string' ? avoided : avoided.word,
          found: match[0],
          use: rule.use,
          start,
          end,
        });
      }
    }
  }
  // "kunnen helpen" also contains "helpen": report the longest match only, with its own advice.
  const inLonger = (finding: (typeof findings)[number]) =>
    findings.some(
      (other) =>
        other !== finding &&
        other.start <= finding.start &&
        finding.end <= other.end &&
        other.end - other.start > finding.end - finding.start,
    );
  return findings
    .filter((finding) => !inLonger(finding))
    .sort((a, b) => a.start - b.start)
    .map(({ rule, word, found, use }) => ({ rule, word, found, use }));
}

/**
 * The type-name rule for the site's intervention types: the guidance's wording (`sourceLabel`) is
 * avoided wherever it differs from the display name (`title`). Matched with its capital, as a name:
 * "het tegengaan van pesten" inside a sentence is a description, not a second name.
 */
export function typeNameRules(types: readonly { title: string; sourceLabel: string }[]): WordRule[] {
  return types
    .filter((type) => type.sourceLabel !== type.title)
    .map((type) => ({
      id: typeNameRule.id,
      concept: `${typeNameRule.concept}: ${type.title}`,
      use: [type.title],
      avoid: [{ word: type.sourceLabel, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(type.sourceLabel)}(?![\\p{L}\\p{N}])`, 'u') }],
      reason: typeNameRule.reason,
    }));
}
