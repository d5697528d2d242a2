/**
 * The result of a scan: profile, priorities with the team's notes, the intervention types that
 * fit the domains of concern (ranked, each once), and the next step: worksheets for the chosen
 * types, made in one action.
 */
import type { SchoolscanStrings } from '../../lib/scan/island-strings';
import { chosenTypes, priorities, profile, typesByConcern, unrated } from '../../lib/scan/analysis';
import { databankLinksFor, type ScanCatalogue } from '../../lib/scan/catalogue';
import type { Scan } from '../../lib/scan/model';
import { scanHash } from '../../lib/scan/routes';
import { isMemberScan, isSession } from '../../lib/scan/invite';
import { MemberNext } from './MemberNext';
import { toggleChosen } from '../../lib/scan/scan';
import { formatDay } from '../../lib/dates';
import { answerFor } from '../../lib/scan/scan';
import { format, listText, plural } from '../../lib/text';
import { ConcernProfile } from './ConcernProfile';
import { PriorityList } from './PriorityList';
import { downloadScanCsv, downloadScanJson } from './downloads';
import { PrintSheet } from './PrintSheet';
import { ScanNav } from './ScanNav';
import type { ScanActions } from './actions';

interface Props {
  scan: Scan;
  /** For a member's scan in a team session: whether the session is on this device. */
  sessionHere: boolean;
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
}

export function ResultView({ scan, sessionHere, catalogue, strings, actions }: Props) {
  const member = isMemberScan(scan);
  const r = strings.result;
  const rows = profile(scan, catalogue.domains);
  const ordered = priorities(scan, catalogue.domains);
  const missing = unrated(scan, catalogue.domains);
  const fits = typesByConcern(scan, catalogue);
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
        {member && <MemberNext scan={scan} sessionHere={sessionHere} strings={strings} />}

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
            <PriorityList
              rows={ordered}
              options={strings.rating.options}
              notes={(domainId) => {
                const answer = answerFor(scan, domainId);
                return [
                  { label: strings.rating.seen, text: answer.seen },
                  { label: strings.rating.going, text: answer.going },
                ].filter((note) => note.text.trim() !== '');
              }}
            />
          </>
        )}

        <h3 id="interventietypen">{r.suggestions}</h3>
        {fits.length === 0 ? (
          <p>{r.noSuggestions}</p>
        ) : (
          <>
            <p>{member ? strings.session.memberTypes : r.suggestionsIntro}</p>
            <p>{r.rankRule}</p>
            <div class="suggestions">
              <ul class="suggestion__types" role="list">
                {fits.map(({ type, domains }) => {
                  const id = `kies-${type.id}`;
                  return (
                    <li key={type.id} class="suggestion">
                      {member ? (
                        <h4 class="suggestion__title">{type.title}</h4>
                      ) : (
                        <label class="choice choice--check">
                          <input
                            id={id}
                            type="checkbox"
                            checked={scan.chosen.includes(type.id)}
                            aria-describedby={`${id}-past`}
                            onChange={(event) => choose(type.id, type.title, event.currentTarget.checked)}
                          />
                          {type.title}
                        </label>
                      )}
                      <p class="suggestion__fits" id={`${id}-past`}>
                        {format(r.fits, {
                          domains: listText(
                            domains.map((entry) => entry.domain.label),
                            r.and,
                          ),
                        })}
                      </p>
                      <details class="suggestion__why">
                        <summary>{format(r.why, { type: type.title })}</summary>
                        <ul>
                          {domains.map(({ domain, rationale }) => (
                            <li key={domain.id}>
                              <strong>{domain.label}:</strong> {rationale}
                            </li>
                          ))}
                        </ul>
                      </details>
                      <p class="suggestion__more">
                        <a href={type.href}>{format(r.readMore, { type: type.title })}</a>
                      </p>
                    </li>
                  );
                })}
              </ul>
              {!member && chosen.length > 0 && (
                // Stays at the foot of the screen while the list scrolls: the next step within reach.
                <section class="choice-bar print-hidden" aria-label={r.choiceBar}>
                  <span>{plural(chosen.length, r.chosenCount)}</span>
                  <a class="button" href={`${catalogue.links.werkblad}?scan=${scan.id}`}>
                    {plural(chosen.length, r.nextMake)}
                  </a>
                </section>
              )}
            </div>
          </>
        )}

        {!member && (
          <>
            <h3 id="volgende-stap">{r.nextHeading}</h3>
            {isSession(scan) && (
              <p class="button-row print-hidden">
                <a class="button button--secondary" href={scanHash({ view: 'session', id: scan.id })}>
                  {strings.session.backToSession}
                </a>
              </p>
            )}
            <NextStep scan={scan} chosen={chosen} fits={fits.length} missing={missing.length} catalogue={catalogue} strings={strings} />
          </>
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

        <h3 id="bewaren">{r.keepHeading}</h3>
        <div class="button-row">
          <button type="button" class="button button--secondary" onClick={() => window.print()}>
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

/** What to do next, whatever the state of the scan: no result is a dead end. */
function NextStep({
  scan,
  chosen,
  fits,
  missing,
  catalogue,
  strings,
}: {
  scan: Scan;
  chosen: readonly { id: string; title: string }[];
  fits: number;
  missing: number;
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
}) {
  const r = strings.result;
  if (chosen.length > 0) {
    return (
      <>
        <p>
          {format(r.chosenList, {
            types: listText(
              chosen.map((type) => type.title),
              r.and,
            ),
          })}
        </p>
        <p>{r.nextMakeIntro}</p>
        <p class="button-row">
          <a class="button" href={`${catalogue.links.werkblad}?scan=${scan.id}`}>
            {plural(chosen.length, r.nextMake)}
          </a>
        </p>
      </>
    );
  }
  if (fits > 0) {
    return (
      <p>
        {r.nextChoose} <a href="#interventietypen">{r.nextChooseLink}</a>
      </p>
    );
  }
  if (missing > 0) {
    return (
      <p class="button-row">
        <a class="button" href={scanHash({ view: 'rate', id: scan.id })}>
          {r.nextRate}
        </a>
      </p>
    );
  }
  return (
    <>
      <p>{r.nextNone}</p>
      <p class="button-row">
        <a class="button" href={catalogue.links.interventionTypes}>
          {r.nextTypes}
        </a>
      </p>
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
