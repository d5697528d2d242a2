/**
 * The search page's island. Loads Pagefind (from the site's own /pagefind/ folder) only here,
 * reads ?q= and the filters from the address, keeps them there while the reader types, and shows
 * results with excerpts as text (the matched words in <mark>).
 *
 * A query is searched as a teacher asks it (src/lib/search/question.ts): stop words dropped, each
 * remaining word checked for a real match (not Pagefind's fallback to a short word it starts
 * with), and when no page holds all words, the largest set of words that still gives results,
 * with a line that names the words left out. A domain whose terms the query names is shown first.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SearchStrings } from '../../lib/i18n/search.nl';
import { excerptParts } from '../../lib/search/excerpt';
import {
  emptyFilters,
  filterNames,
  hasFilters,
  pagefindFilters,
  queryWasCut,
  readSearchState,
  toggleFilter,
  writeSearchState,
  type FilterName,
  type SearchState,
} from '../../lib/search/query';
import { matchDomains } from '../../lib/search/question';
import { runQuestion } from '../../lib/search/run';
import { pagefindOptions } from '../../lib/search/pagefind-options';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from '../../lib/limits';
import { format, plural } from '../../lib/text';
import { Field } from '../forms/Field';

/** A domain as the answer above the results shows it; paths with the base path. */
export interface SearchDomain {
  id: string;
  label: string;
  path: string;
  /** Label, short label, everyday words and search terms: what a query is compared with. */
  terms: string[];
  /** "Wat zien we?" */
  prompts: string[];
  types: { title: string; path: string }[];
}

export interface SearchProps {
  strings: SearchStrings;
  /** Address of pagefind.js, with the base path. */
  pagefindUrl: string;
  /** The site's base path, for result links. */
  baseUrl: string;
  overviewHref: string;
  domains: SearchDomain[];
}

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}

interface ResultData {
  url: string;
  content: string;
  raw_content?: string;
  locations: number[];
  excerpt: string;
  meta: { title?: string; [field: string]: string | undefined };
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;

const quoteList = new Intl.ListFormat('nl', { style: 'long', type: 'conjunction' });
/** "‘heeft’ en ‘whatsapp’" */
const quoted = (words: readonly string[]) => quoteList.format(words.map((word) => `‘${word}’`));

function Excerpt({ html }: { html: string }) {
  return <>{excerptParts(html).map((part, index) => (part.mark ? <mark key={index}>{part.text}</mark> : part.text))}</>;
}

export default function Search({ strings, pagefindUrl, baseUrl, overviewHref, domains }: SearchProps) {
  const [state, setState] = useState<SearchState>({ q: '', filters: emptyFilters() });
  const [pagefind, setPagefind] = useState<Pagefind | null>(null);
  const [failed, setFailed] = useState(false);
  const [allFilters, setAllFilters] = useState<Record<string, Record<string, number>>>({});
  /** Results and the search (query and filters, as in the address) they answer. */
  const [found, setFound] = useState<{
    key: string;
    search: PagefindSearch;
    shown: ResultData[];
    /** How many results come first; the rest answer part of the words. */
    full: number;
    found: string[];
    notFound: string[];
    overLimit: string[];
    notTogether: boolean;
  } | null>(null);
  /** Whether the address held a longer query than the field allows (it was cut, and the page says so). */
  const [cut, setCut] = useState(false);
  const [mounted, setMounted] = useState(false);
  /** Whether the filters show on a phone-width screen; a wide screen always shows them beside the results. */
  const [filtersOpen, setFiltersOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const filtersToggle = useRef<HTMLButtonElement>(null);
  const filtersBody = useRef<HTMLDivElement>(null);

  const loading = useRef(false);

  /** Loads Pagefind (only this page ever does), once: at once for an address with a query, else when the reader starts. */
  const load = () => {
    if (loading.current) return;
    loading.current = true;
    (async () => {
      try {
        const module = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
        await module.options(pagefindOptions(baseUrl));
        await module.init();
        setAllFilters(await module.filters());
        setPagefind(module);
      } catch {
        setFailed(true);
      }
    })();
  };

  useEffect(() => {
    const initial = readSearchState(location.search);
    setCut(queryWasCut(location.search));
    setState(initial);
    setMounted(true);
    // The field comes from the server: a reader may have put the cursor in it before this ran.
    const started = document.activeElement === input.current || Boolean(input.current?.value);
    if (started) setState((current) => ({ ...current, q: input.current?.value || current.q }));
    if (started || initial.q.trim() || hasFilters(initial.filters)) load();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Runs when the page has loaded (both addresses are fixed for a page); `load` starts Pagefind once, whichever render made it.
  }, [pagefindUrl, baseUrl]);

  const key = writeSearchState(state);

  // Search when the query or the filters change, and keep both in the address.
  useEffect(() => {
    if (!mounted) return;
    history.replaceState(null, '', `${location.pathname}${key}`);
    const q = state.q.trim();
    if (!pagefind || !q) return;
    let stale = false;
    const timer = window.setTimeout(async () => {
      const outcome = await runQuestion(pagefind, q, pagefindFilters(state.filters));
      if (stale) return;
      const search: PagefindSearch = { results: outcome.results, filters: outcome.filters, unfilteredResultCount: 0 };
      const shown = await Promise.all(search.results.slice(0, PAGE_SIZE).map((result) => result.data()));
      if (!stale) {
        const { full, found: words, notFound, overLimit, notTogether } = outcome;
        setFound({ key, search, shown, full, found: words, notFound, overLimit, notTogether });
      }
    }, 200);
    return () => {
      stale = true;
      window.clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is state.q and state.filters written into the address: it changes exactly when they do.
  }, [key, pagefind, mounted]);

  const showMore = async () => {
    if (!found) return;
    const more = await Promise.all(
      found.search.results.slice(found.shown.length, found.shown.length + PAGE_SIZE).map((result) => result.data()),
    );
    setFound((current) => (current ? { ...current, shown: [...current.shown, ...more] } : current));
  };

  const q = state.q.trim();
  // Results count only when they answer the search in the address now; until then: "Zoeken…".
  const current = q && found?.key === key ? found : null;
  const search = current?.search ?? null;
  const shown = current?.shown ?? [];
  const total = search?.results.length ?? 0;
  const filtered = hasFilters(state.filters);
  const status = useMemo(() => {
    if (failed) return strings.unavailable;
    if (!q) return strings.start;
    if (!current) return strings.loading;
    if (total === 0) return format(filtered ? strings.noneFiltered : strings.none, { q });
    return format(plural(total, filtered ? strings.countFiltered : strings.count), { q });
  }, [failed, q, current, total, filtered, strings]);

  const notFound = current?.notFound ?? [];
  const answers = useMemo(
    () =>
      q
        ? matchDomains(
            q,
            domains.map((domain) => ({ domain, terms: domain.terms })),
          )
        : [],
    [q, domains],
  );

  const full = current?.full ?? 0;
  const fullShown = shown.slice(0, full);
  const partShown = shown.slice(full);
  const renderResult = (result: ResultData) => (
    <li class="search__result" key={result.url}>
      <h3 class="search__title">
        <a href={result.url}>{result.meta.title ?? result.url}</a>
      </h3>
      {result.filters.soort?.[0] && <p class="search__kind">{result.filters.soort[0]}</p>}
      <p class="search__excerpt">
        <Excerpt html={result.excerpt} />
      </p>
      {result.sub_results.filter((sub) => sub.url !== result.url).length > 0 && (
        <>
          <p class="search__sub-label">{strings.subResults}</p>
          <ul class="search__subs">
            {result.sub_results
              .filter((sub) => sub.url !== result.url)
              .slice(0, 3)
              .map((sub) => (
                <li key={sub.url}>
                  <a href={sub.url}>{sub.title}</a>
                  <span class="search__sub-excerpt">
                    <Excerpt html={sub.excerpt} />
                  </span>
                </li>
              ))}
          </ul>
        </>
      )}
    </li>
  );

  const filterCounts = (name: FilterName) => search?.filters[name] ?? allFilters[name] ?? {};
  const filtersOn = filterNames.reduce((sum, name) => sum + state.filters[name].length, 0);

  /** Closes the filters (on a phone) and gives the focus back to the control that opened them. */
  const closeFilters = () => {
    setFiltersOpen(false);
    filtersToggle.current?.focus();
  };

  // Escape inside the open filters closes them, as it closes a menu.
  useEffect(() => {
    const body = filtersBody.current;
    if (!body || !filtersOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeFilters();
    };
    body.addEventListener('keydown', onKey);
    return () => body.removeEventListener('keydown', onKey);
  }, [filtersOpen]);

  return (
    <div class="search">
      <form
        class="search__form"
        role="search"
        aria-label={strings.formLabel}
        onSubmit={(event) => {
          event.preventDefault();
          load();
          setState((current) => ({ ...current, q: input.current?.value ?? current.q }));
        }}
      >
        <Field id="zoekterm" label={strings.inputLabel} hint={strings.inputHint} class="search__field">
          {(control) => (
            <div class="search__row">
              <input
                {...control}
                ref={input}
                type="search"
                name="q"
                value={state.q}
                autocomplete="off"
                maxLength={MAX_QUERY_LENGTH}
                aria-controls="zoekresultaten"
                onFocus={load}
                onInput={(event) => {
                  load();
                  setCut(false);
                  const value = event.currentTarget.value;
                  setState((current) => ({ ...current, q: value }));
                }}
              />
              <button type="submit" class="button">
                {strings.button}
              </button>
            </div>
          )}
        </Field>
      </form>

      <div class="search__layout">
        {Object.keys(allFilters).length > 0 && (
          <div class={`search__filters${filtersOpen ? ' search__filters--open' : ''}`}>
            {/* On a wide screen the heading reads "Filters"; on a phone it is the control that shows them. */}
            <h2 class="search__filters-heading">
              <span class="search__filters-title">{strings.filtersHeading}</span>
              <button
                type="button"
                class="button button--secondary search__filters-toggle"
                ref={filtersToggle}
                aria-expanded={filtersOpen}
                aria-controls="zoekfilters"
                onClick={() => setFiltersOpen((open) => !open)}
              >
                <svg class="search__filters-chevron" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
                  <path
                    d="M5 7.5l5 5 5-5"
                    fill="none"
                    stroke="currentColor"
                    stroke-width="2.2"
                    stroke-linecap="round"
                    stroke-linejoin="round"
                  />
                </svg>
                {filtersOn > 0 ? format(strings.filtersToggleOn, { count: filtersOn }) : strings.filtersToggle}
              </button>
            </h2>
            <div id="zoekfilters" class="search__filters-body" ref={filtersBody}>
              <p class="field-hint">{strings.filterHint}</p>
              {filterNames.map((name) => {
                const values = Object.keys(allFilters[name] ?? {}).sort((a, b) => a.localeCompare(b, 'nl'));
                if (!values.length) return null;
                const counts = filterCounts(name);
                return (
                  <fieldset class="fieldset fieldset--inner search__filter" key={name}>
                    <legend class="field-label">{strings.filterLabels[name]}</legend>
                    {values.map((value) => (
                      <label class="search__option" key={value}>
                        <input
                          type="checkbox"
                          checked={state.filters[name].includes(value)}
                          onChange={(event) => {
                            const on = event.currentTarget.checked;
                            setState((current) => ({ ...current, filters: toggleFilter(current.filters, name, value, on) }));
                          }}
                        />
                        {format(strings.filterCount, { value, count: q ? (counts[value] ?? 0) : (allFilters[name]?.[value] ?? 0) })}
                      </label>
                    ))}
                  </fieldset>
                );
              })}
              <div class="button-row">
                {filtered && (
                  <button
                    type="button"
                    class="button button--secondary"
                    onClick={() => {
                      setState((current) => ({ ...current, filters: emptyFilters() }));
                      // The button goes with the last filter: keep the focus in the filters, on the first one.
                      filtersBody.current?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
                    }}
                  >
                    {strings.clearFilters}
                  </button>
                )}
                <button type="button" class="button button--secondary search__filters-close" onClick={closeFilters}>
                  {strings.filtersClose}
                </button>
              </div>
            </div>
          </div>
        )}
        <section
          class="search__results"
          id="zoekresultaten"
          aria-labelledby="zoekresultaten-status"
          aria-busy={Boolean(q) && !current && !failed}
        >
          <h2 id="zoekresultaten-status" class="search__status" aria-live="polite" aria-atomic="true">
            {status}
          </h2>
          <div class="search__notes" aria-live="polite">
            {cut && q && <p class="search__note">{strings.cut}</p>}
            {current && total > 0 && notFound.length > 0 && (
              <p class="search__note">{format(plural(notFound.length, strings.notFound), { words: quoted(notFound) })}</p>
            )}
            {current && total > 0 && current.notTogether && (
              <p class="search__note">{format(strings.notTogether, { words: quoted(current.found) })}</p>
            )}
            {current && current.overLimit.length > 0 && (
              <p class="search__note">{format(strings.overLimit, { count: MAX_QUERY_WORDS, words: quoted(current.overLimit) })}</p>
            )}
          </div>
          {current &&
            answers.map((domain) => (
              <section class="search__answer" key={domain.id} aria-labelledby={`antwoord-${domain.id}`}>
                <p class="search__answer-kind">{strings.domainKind}</p>
                <h3 class="search__answer-title" id={`antwoord-${domain.id}`}>
                  <a href={domain.path}>{domain.label}</a>
                </h3>
                <details class="search__answer-prompts">
                  <summary>{strings.domainMore}</summary>
                  <p class="search__answer-label">{strings.domainPrompts}</p>
                  <ul>
                    {domain.prompts.map((prompt) => (
                      <li key={prompt}>{prompt}</li>
                    ))}
                  </ul>
                  <p class="search__answer-types">
                    <strong>{strings.domainTypes}</strong>{' '}
                    {domain.types.map((type, index) => (
                      <span key={type.path}>
                        {index > 0 && ', '}
                        <a href={type.path}>{type.title}</a>
                      </span>
                    ))}
                  </p>
                </details>
              </section>
            ))}
          {current && total === 0 && (
            <p>
              {strings.noneHelp} <a href={overviewHref}>{strings.noneLink}</a>.
            </p>
          )}
          {fullShown.length > 0 && (
            <ol class="search__list" aria-label={strings.resultsLabel}>
              {fullShown.map(renderResult)}
            </ol>
          )}
          {partShown.length > 0 && (
            <>
              <p class="search__partial">{strings.partial}</p>
              <ol class="search__list" aria-label={strings.partialLabel}>
                {partShown.map(renderResult)}
              </ol>
            </>
          )}
          {total > shown.length && (
            <button type="button" class="button button--secondary" onClick={showMore}>
              {strings.more}
            </button>
          )}
        </section>
      </div>
    </div>
  );
}
