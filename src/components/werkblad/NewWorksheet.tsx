/**
 * Starting worksheets: from the types chosen in a scan, for one intervention type (also the
 * target of "Zet op het werkblad" on a type's page), or for a named programme.
 */
import { useState } from 'preact/hooks';
import type { WerkbladStrings } from '../../lib/i18n/werkblad.nl';
import type { Scan } from '../../lib/scan/model';
import type { WerkbladCatalogue } from '../../lib/werkblad/catalogue';
import { concernDomainsFor, worksheetsFromScan } from '../../lib/werkblad/from-scan';
import type { Worksheet } from '../../lib/werkblad/model';
import { werkbladHash } from '../../lib/werkblad/routes';
import { createWorksheet, type WorksheetSubject } from '../../lib/werkblad/worksheet';
import { formatDay } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { MAX_TITLE_LENGTH } from '../../lib/limits';
import { format, plural } from '../../lib/text';
import { ChoiceGroup } from '../forms/ChoiceGroup';
import { ErrorSummary } from '../forms/ErrorSummary';
import { Field } from '../forms/Field';
import { useFieldId } from '../forms/ids';
import { useOnce } from '../tools/useOnce';
import type { WerkbladActions } from './actions';

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
/** The choice "Bij geen scan": never a record id, which has no hyphen. */
const NO_SCAN = 'geen-scan';

/** A worksheet that comes from no scan. */
const unlinked = { scanId: null, domains: [] };

export function NewWorksheet({ typeId, worksheets, catalogue, strings, actions, scans, scanHref }: Props) {
  const c = strings.create;
  const fromLink = typeId ? catalogue.interventions.find((type) => type.id === typeId) : undefined;
  const usable = scans.filter((scan) => scan.chosen.length > 0);
  // The scan that is selected is one that can make worksheets: the one picked, else the newest.
  const [picked, setScanId] = useState('');
  const scanId = usable.some((scan) => scan.id === picked) ? picked : (usable.at(-1)?.id ?? '');
  // "Zet op het werkblad": the scans in which this type was chosen, to link the worksheet to.
  const linkable = fromLink ? scans.filter((scan) => scan.chosen.includes(fromLink.id)) : [];
  const [pickedLink, setLink] = useState<string | null>(null);
  const linkTo =
    pickedLink === NO_SCAN ? NO_SCAN : linkable.some((scan) => scan.id === pickedLink) ? pickedLink : (linkable.at(-1)?.id ?? NO_SCAN);
  const [scanMessage, setScanMessage] = useState<string | null>(null);
  const [chosenType, setChosenType] = useState(fromLink?.id ?? catalogue.interventions[0]?.id ?? '');
  const [programme, setProgramme] = useState('');
  const [programmeError, setProgrammeError] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const programmeId = useFieldId();

  const once = useOnce();
  /** Makes one worksheet, once however often the button is pressed, and opens it. */
  const createAndOpen = (subject: WorksheetSubject, link: { scanId: string | null; domains: string[] }) =>
    once.run(() => {
      const sheet = createWorksheet(subject, link, newId(), nowIso());
      actions.put(sheet, format(c.created, { title: sheet.title }));
      actions.go({ view: 'edit', id: sheet.id });
    });
  const createForType = (id: string, linkedScan?: Scan) => {
    const type = catalogue.interventions.find((item) => item.id === id);
    if (!type) return;
    const link = linkedScan ? { scanId: linkedScan.id, domains: concernDomainsFor(linkedScan, type.id, catalogue) } : unlinked;
    createAndOpen({ kind: 'type', typeId: type.id, title: type.title }, link);
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
    once.run(() => {
      for (const sheet of made) actions.put(sheet);
      actions.announce(format(plural(made.length, c.fromScanDone), { title: scan.title }));
      actions.go({ view: 'list' });
    });
  };

  const createForProgramme = (event: Event) => {
    event.preventDefault();
    const name = programme.trim();
    setProgrammeError(!name);
    setAttempt((n) => n + 1);
    if (!name) return;
    createAndOpen({ kind: 'programme', name }, unlinked);
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
        {linkable.length > 0 && (
          <ChoiceGroup
            type="radio"
            legend={c.linkLegend}
            hint={c.linkHint}
            choicesClass="choices--stack"
            options={[
              ...linkable.map((scan) => ({
                value: scan.id,
                label: format(c.linkOption, { title: scan.title, date: formatDay(scan.date) }),
              })),
              { value: NO_SCAN, label: c.linkNone },
            ]}
            isChecked={(value) => linkTo === value}
            onChange={setLink}
          />
        )}
        <p class="button-row">
          <button
            type="button"
            class="button"
            onClick={() =>
              createForType(
                fromLink.id,
                linkable.find((scan) => scan.id === linkTo),
              )
            }
          >
            {c.typeButton}
          </button>
          <a class="button button--secondary" href={werkbladHash({ view: 'list' })}>
            {strings.list.cancel}
          </a>
        </p>
      </div>
    );
  }

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
            <ChoiceGroup
              type="radio"
              legend={c.pickScan}
              choicesClass="choices--stack"
              options={usable.map((scan) => ({
                value: scan.id,
                label: format(c.scanOption, {
                  title: scan.title,
                  date: formatDay(scan.date),
                  chosen: plural(scan.chosen.length, c.chosenCount),
                }),
              }))}
              isChecked={(id) => scanId === id}
              onChange={setScanId}
            />
            <p class="button-row">
              <button type="button" class="button" onClick={createFromScan}>
                {c.fromScanButton}
              </button>
            </p>
            {scanMessage && <p role="status">{scanMessage}</p>}
          </>
        )}
      </section>

      <section aria-labelledby="voor-type" class="new-worksheet__way">
        <h3 id="voor-type">{c.typeHeading}</h3>
        <Field label={c.typeLabel}>
          {(control) => (
            <select {...control} value={chosenType} onChange={(event) => setChosenType(event.currentTarget.value)}>
              {catalogue.interventions.map((type) => (
                <option key={type.id} value={type.id}>
                  {type.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p class="button-row">
          <button type="button" class={usable.length ? 'button button--secondary' : 'button'} onClick={() => createForType(chosenType)}>
            {c.typeButton}
          </button>
        </p>
      </section>

      <section aria-labelledby="voor-programma" class="new-worksheet__way">
        <h3 id="voor-programma">{c.programmeHeading}</h3>
        <form onSubmit={createForProgramme} noValidate>
          <ErrorSummary
            title={c.summaryTitle}
            attempt={attempt}
            errors={programmeError ? [{ field: programmeId, text: c.programmeMissing }] : []}
          />
          <Field
            id={programmeId}
            label={c.programmeLabel}
            hint={c.programmeIntro}
            error={programmeError ? c.programmeMissing : null}
            errorPrefix={c.errorPrefix}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                maxLength={MAX_TITLE_LENGTH}
                value={programme}
                onInput={(event) => setProgramme(event.currentTarget.value)}
              />
            )}
          </Field>
          <p class="button-row">
            <button type="submit" class="button button--secondary">
              {c.programmeButton}
            </button>
          </p>
        </form>
      </section>
    </div>
  );
}
