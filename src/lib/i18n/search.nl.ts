/** Interface text of the search island. Plain strings; placeholders are filled by `format()`. */
import { t } from './nl';
import { MAX_QUERY_LENGTH } from '../limits';

export const searchStrings = {
  formLabel: t.search.formLabel,
  inputLabel: t.search.inputLabel,
  inputHint: `Woorden of een korte vraag, tot ${MAX_QUERY_LENGTH} tekens. Bijvoorbeeld: spijbelen of Durlak.`,
  button: t.search.button,
  loading: 'Zoeken…',
  unavailable:
    'Zoeken lukt nu niet: de zoekindex kon niet worden geladen. Probeer het later opnieuw, of gebruik de inhoud van de handreiking.',
  start: 'Typ een zoekwoord. Je zoekt in de hele handreiking, de interventietypen, de domeinen, de hulpmiddelen en de literatuurlijst.',
  count: { one: '{count} resultaat voor ‘{q}’', other: '{count} resultaten voor ‘{q}’' },
  countFiltered: {
    one: '{count} resultaat voor ‘{q}’ met de gekozen filters',
    other: '{count} resultaten voor ‘{q}’ met de gekozen filters',
  },
  none: 'Geen resultaten voor ‘{q}’.',
  noneFiltered: 'Geen resultaten voor ‘{q}’ met de gekozen filters.',
  /** Words of the query that no page has ("‘whatsapp’"); the results are without them. */
  notFound: {
    one: '{words} staat op geen pagina. De resultaten zijn zonder dit woord.',
    other: '{words} staan op geen pagina. De resultaten zijn zonder deze woorden.',
  },
  /** When pages have each word, but no page has them all. */
  notTogether: 'Geen pagina heeft al deze woorden samen: {words}. Je ziet pagina’s met een deel ervan.',
  /** Words beyond the number that is searched. */
  overLimit: 'Er is gezocht met de eerste {count} woorden. Niet gezocht: {words}.',
  /** Before results that answer only part of the words, when few answer all of them. */
  partial: 'Pagina’s met een deel van je zoekwoorden:',
  partialLabel: 'Zoekresultaten met een deel van je zoekwoorden',
  /** A query from an address that was longer than the field allows. */
  cut: `Je zoekvraag was langer dan ${MAX_QUERY_LENGTH} tekens. Er is gezocht met de eerste ${MAX_QUERY_LENGTH} tekens.`,
  /** The domain answer above the results. */
  domainKind: t.domains.eyebrow,
  domainAnswerLabel: 'Domein dat past bij je zoekvraag',
  domainMore: 'Vragen voor het team en passende interventietypen',
  domainPrompts: t.domains.promptsHeading,
  domainTypes: `${t.domains.typesLabel} (${t.siteNote.linkChoice}):`,
  noneHelp: 'Probeer een ander of korter woord, haal filters weg, of bekijk het overzicht van alle',
  noneLink: 'interventietypen',
  clearFilters: 'Alle filters weghalen',
  more: 'Meer resultaten tonen',
  resultsLabel: 'Zoekresultaten',
  subResults: 'Op deze pagina:',
  filtersHeading: 'Filters',
  /** The control that shows the filters on a phone, and how many are on. */
  filtersToggle: 'Filteren',
  filtersToggleOn: 'Filteren ({count} aan)',
  filtersClose: 'Filters sluiten',
  filterLabels: { soort: 'Soort', domein: 'Domein', doelgroep: 'Doelgroep' },
  filterHint: 'Domein en doelgroep gelden voor interventietypen.',
  filterCount: '{value} ({count})',
} as const;

export type SearchStrings = typeof searchStrings;
