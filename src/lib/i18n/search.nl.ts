/** Interface text of the search island. Plain strings; placeholders are filled by `format()`. */
import { t } from './nl';

export const searchStrings = {
  formLabel: t.search.formLabel,
  inputLabel: t.search.inputLabel,
  inputHint: 'Bijvoorbeeld: pesten, concentratie, mindfulness, Durlak of databank.',
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
