/** The result of a scan: profile, priorities, what is unrated, and intervention types to choose. */
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import { chosenTypes, priorities, profile, suggestions, unrated } from '../../lib/scan/analysis';
import { databankLinksFor, type ScanCatalogue } from '../../lib/scan/catalogue';
import type { Scan } from '../../lib/scan/model';
import { scanHash } from '../../lib/scan/routes';
import { toggleChosen } from '../../lib/scan/scan';
import { formatDay } from '../../lib/dates';
import { format, plural } from '../../lib/text';
import { ConcernProfile } from '../tools/ConcernProfile';
import { PriorityList } from '../tools/PriorityList';
import { downloadScanCsv, downloadScanJson } from './downloads';
import { PrintSheet } from './PrintSheet';
import { ScanNav } from './ScanNav';
import type { ScanActions } from './actions';

interface Props {
  scan: Scan;
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
}

export function ResultView({ scan, catalogue, strings, actions }: Props) {
  const r = strings.result;
  const rows = profile(scan, catalogue.domains);
  const ordered = priorities(scan, catalogue.domains);
  const missing = unrated(scan, catalogue.domains);
  const helping = suggestions(scan, catalogue);
  const chosen = chosenTypes(scan, catalogue);
  const databanks = databankLinksFor(catalogue, scan.schoolType);

  const choose = (typeId: string, title: string, checked: boolean) => {
    const next = toggleChosen(scan, typeId, checked, new Date().toISOString());
    actions.put(
      next,
      `${title}: ${checked ? strings.result.chosenYes : strings.result.chosenNo}. ${plural(next.chosen.length, r.chosenCount)}.`,
    );
  };

  return (
    <>
      <ScanNav id={scan.id} current="result" strings={strings} />
      <div class="scan-result print-hidden">
        <p class="scan-meta">
          {format(r.meta, {
            level: strings.details.levels[scan.level],
            schoolType: strings.details.schoolTypes[scan.schoolType],
            date: formatDay(scan.date),
          })}
          {scan.role && <> · {scan.role}</>}
        </p>
        {scan.team && <p>{format(r.teamNote, { members: scan.team.members })}</p>}

        <h3 id="zorgprofiel">{r.profile}</h3>
        <ConcernProfile rows={rows} labels={strings.profile} />

        <p class="scan-unrated">
          {missing.length === 0 ? (
            r.allRated
          ) : (
            <>
              {plural(missing.length, r.unrated)}{' '}
              {missing.map((domain, index) => (
                <span key={domain.id}>
                  {index > 0 && ', '}
                  <a href={scanHash({ view: 'rate', id: scan.id })} onClick={() => focusDomainLater(domain.id)}>
                    {domain.label}
                  </a>
                </span>
              ))}
            </>
          )}
        </p>

        <h3 id="prioriteiten">{r.priorities}</h3>
        {ordered.length === 0 ? (
          <p>{r.noPriorities}</p>
        ) : (
          <>
            <p>{r.prioritiesIntro}</p>
            <PriorityList rows={ordered} options={strings.rating.options} />
          </>
        )}

        <h3 id="interventietypen">{r.suggestions}</h3>
        {helping.length === 0 ? (
          <p>{r.noSuggestions}</p>
        ) : (
          <>
            <p>{r.suggestionsIntro}</p>
            {helping.map(({ domain, rating, types }) => (
              <section class="suggestion" key={domain.id} aria-labelledby={`suggestie-${domain.id}`}>
                <h4 id={`suggestie-${domain.id}`}>
                  {domain.label} <span class="suggestion__rating">({strings.rating.options[rating].toLowerCase()})</span>
                </h4>
                <ul class="suggestion__types" role="list">
                  {types.map(({ type, rationale }) => {
                    const id = `kies-${domain.id}-${type.id}`;
                    return (
                      <li key={type.id}>
                        <label class="choice choice--check">
                          <input
                            id={id}
                            type="checkbox"
                            checked={scan.chosen.includes(type.id)}
                            aria-describedby={`${id}-why`}
                            onChange={(event) => choose(type.id, type.title, event.currentTarget.checked)}
                          />
                          {format(r.choose, { type: type.title })}
                        </label>
                        <p class="suggestion__why" id={`${id}-why`}>
                          <span class="visually-hidden">{r.why} </span>
                          {rationale}
                        </p>
                        <p class="suggestion__more">
                          <a href={type.href}>{format(r.readMore, { type: type.title })}</a>
                        </p>
                      </li>
                    );
                  })}
                </ul>
              </section>
            ))}
          </>
        )}

        <h3 id="gekozen">{r.chosen}</h3>
        {chosen.length === 0 ? (
          <p>{r.noneChosen}</p>
        ) : (
          <ul>
            {chosen.map((type) => (
              <li key={type.id}>
                <a href={type.href}>{type.title}</a>
              </li>
            ))}
          </ul>
        )}

        <h3 id="databanken">{r.databanks}</h3>
        <p>{format(r.databanksIntro, { schoolType: strings.details.schoolTypes[scan.schoolType] })}</p>
        <ul>
          {databanks.map((link) => (
            <li key={link.url}>
              <a href={link.url}>{link.label}</a> ({link.databank})
            </li>
          ))}
        </ul>

        <div class="button-row">
          <button type="button" class="button" onClick={() => window.print()}>
            {r.print}
          </button>
          <button type="button" class="button button--secondary" onClick={() => downloadScanJson(scan)}>
            {r.exportJson}
          </button>
          <button type="button" class="button button--secondary" onClick={() => downloadScanCsv(scan, catalogue, strings)}>
            {r.exportCsv}
          </button>
        </div>
      </div>
      <PrintSheet scan={scan} catalogue={catalogue} strings={strings} />
    </>
  );
}

/** After the view changes to the rating form, focus the first choice of that domain. */
function focusDomainLater(domainId: string) {
  window.setTimeout(() => {
    const first = document.querySelector<HTMLInputElement>(`#domein-${domainId} input`);
    first?.focus();
  }, 50);
}
