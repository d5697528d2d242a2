/**
 * Starting worksheets: from the types chosen in a scan, for one intervention type (also the
 * target of "Zet op het werkblad" on a type's page), or for a named programme.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WerkbladStrings } from '../../lib/i18n/werkblad.nl';
import type { Scan } from '../../lib/scan/model';
import type { WerkbladCatalogue } from '../../lib/werkblad/catalogue';
import { worksheetsFromScan } from '../../lib/werkblad/from-scan';
import type { Worksheet } from '../../lib/werkblad/model';
import { werkbladHash } from '../../lib/werkblad/routes';
import { createWorksheet } from '../../lib/werkblad/worksheet';
import { formatDay } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { format, plural } from '../../lib/text';
import type { WerkbladActions } from './Werkblad';

interface Props {
  /** Set when opened from an intervention type's page. */
  typeId?: string;
  worksheets: Worksheet[];
  catalogue: WerkbladCatalogue;
  strings: WerkbladStrings;
  actions: WerkbladActions;
  scans: Scan[];
  scanHref: string;
}

const nowIso = () => new Date().toISOString();

export function NewWorksheet({ typeId, worksheets, catalogue, strings, actions, scans, scanHref }: Props) {
  const c = strings.create;
  const fromLink = typeId ? catalogue.interventions.find((type) => type.id === typeId) : undefined;
  const [scanId, setScanId] = useState(scans.at(-1)?.id ?? '');
  const [scanMessage, setScanMessage] = useState<string | null>(null);
  const [chosenType, setChosenType] = useState(fromLink?.id ?? catalogue.interventions[0]?.id ?? '');
  const [programme, setProgramme] = useState('');
  const [programmeError, setProgrammeError] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0 && programmeError) summary.current?.focus();
  }, [attempt]);

  const createForType = (id: string) => {
    const type = catalogue.interventions.find((item) => item.id === id);
    if (!type) return;
    const sheet = createWorksheet({ kind: 'type', typeId: type.id, title: type.title }, { scanId: null, domains: [] }, newId(), nowIso());
    actions.put(sheet, format(c.created, { title: sheet.title }));
    actions.go({ view: 'edit', id: sheet.id });
  };

  const createFromScan = () => {
    const scan = scans.find((item) => item.id === scanId);
    if (!scan) return;
    const made = worksheetsFromScan(scan, catalogue, worksheets, newId, nowIso());
    if (made.length === 0) {
      setScanMessage(format(c.fromScanNothing, { title: scan.title }));
      actions.announce(format(c.fromScanNothing, { title: scan.title }));
      return;
    }
    for (const sheet of made) actions.put(sheet);
    actions.announce(format(plural(made.length, c.fromScanDone), { title: scan.title }));
    actions.go({ view: 'list' });
  };

  const createForProgramme = (event: Event) => {
    event.preventDefault();
    const name = programme.trim();
    setProgrammeError(!name);
    setAttempt((n) => n + 1);
    if (!name) return;
    const sheet = createWorksheet({ kind: 'programme', name }, { scanId: null, domains: [] }, newId(), nowIso());
    actions.put(sheet, format(c.created, { title: sheet.title }));
    actions.go({ view: 'edit', id: sheet.id });
  };

  if (fromLink) {
    const existing = worksheets.filter((sheet) => sheet.typeId === fromLink.id);
    return (
      <div class="new-worksheet">
        <p class="lead-small">{format(c.forType, { title: fromLink.title })}</p>
        <p>{c.forTypeIntro}</p>
        {existing.length > 0 && (
          <>
            <p>{plural(existing.length, c.existing)}</p>
            <ul>
              {existing.map((sheet) => (
                <li key={sheet.id}>
                  <a href={werkbladHash({ view: 'edit', id: sheet.id })}>{sheet.title}</a>
                </li>
              ))}
            </ul>
          </>
        )}
        <p class="button-row">
          <button type="button" class="button" onClick={() => createForType(fromLink.id)}>
            {c.typeButton}
          </button>
          <a class="button button--secondary" href={werkbladHash({ view: 'list' })}>
            {strings.list.cancel}
          </a>
        </p>
      </div>
    );
  }

  const usable = scans.filter((scan) => scan.chosen.length > 0);

  return (
    <div class="new-worksheet">
      <p class="print-hidden">
        <a href={werkbladHash({ view: 'list' })}>{strings.nav.backToList}</a>
      </p>
      {typeId && <p class="notice">{c.unknownType}</p>}
      <p>{c.intro}</p>

      <section aria-labelledby="uit-scan" class="new-worksheet__way">
        <h3 id="uit-scan">{c.fromScanHeading}</h3>
        <p>{c.fromScanIntro}</p>
        {scans.length === 0 ? (
          <p>
            {c.noScans} <a href={scanHref}>{c.toScan}</a>
          </p>
        ) : usable.length === 0 ? (
          <p>
            {c.noChosen} <a href={scanHref}>{c.toScan}</a>
          </p>
        ) : (
          <>
            <fieldset class="fieldset fieldset--inner">
              <legend class="field-label">{c.pickScan}</legend>
              <div class="choices choices--stack">
                {usable.map((scan) => (
                  <label class="choice" key={scan.id}>
                    <input type="radio" name="werkblad-scan" value={scan.id} checked={scanId === scan.id} onChange={() => setScanId(scan.id)} />
                    {format(c.scanOption, {
                      title: scan.title,
                      date: formatDay(scan.date),
                      chosen: plural(scan.chosen.length, c.chosenCount),
                    })}
                  </label>
                ))}
              </div>
            </fieldset>
            <p class="button-row">
              <button type="button" class="button" onClick={createFromScan} disabled={!usable.some((scan) => scan.id === scanId)}>
                {c.fromScanButton}
              </button>
            </p>
            {scanMessage && <p role="status">{scanMessage}</p>}
          </>
        )}
      </section>

      <section aria-labelledby="voor-type" class="new-worksheet__way">
        <h3 id="voor-type">{c.typeHeading}</h3>
        <div class="field">
          <label class="field-label" for="werkblad-type">
            {c.typeLabel}
          </label>
          <select id="werkblad-type" value={chosenType} onChange={(event) => setChosenType(event.currentTarget.value)}>
            {catalogue.interventions.map((type) => (
              <option key={type.id} value={type.id}>
                {type.title}
              </option>
            ))}
          </select>
        </div>
        <p class="button-row">
          <button type="button" class="button" onClick={() => createForType(chosenType)}>
            {c.typeButton}
          </button>
        </p>
      </section>

      <section aria-labelledby="voor-programma" class="new-worksheet__way">
        <h3 id="voor-programma">{c.programmeHeading}</h3>
        <form onSubmit={createForProgramme} noValidate>
          {programmeError && (
            <div class="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="programme-error-title">
              <h3 id="programme-error-title">{c.summaryTitle}</h3>
              <ul>
                <li>
                  <a
                    href="#werkblad-programme"
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById('werkblad-programme')?.focus();
                    }}
                  >
                    {c.programmeMissing}
                  </a>
                </li>
              </ul>
            </div>
          )}
          <div class={`field ${programmeError ? 'field--error' : ''}`}>
            <label class="field-label" for="werkblad-programme">
              {c.programmeLabel}
            </label>
            <p class="field-hint" id="werkblad-programme-hint">
              {c.programmeIntro}
            </p>
            {programmeError && (
              <p class="field-error" id="werkblad-programme-error">
                <span class="visually-hidden">{c.errorPrefix} </span>
                {c.programmeMissing}
              </p>
            )}
            <input
              id="werkblad-programme"
              type="text"
              maxLength={120}
              value={programme}
              aria-describedby={`werkblad-programme-hint${programmeError ? ' werkblad-programme-error' : ''}`}
              aria-invalid={programmeError ? true : undefined}
              onInput={(event) => setProgramme(event.currentTarget.value)}
            />
          </div>
          <p class="button-row">
            <button type="submit" class="button">
              {c.programmeButton}
            </button>
          </p>
        </form>
      </section>
    </div>
  );
}
