/** Starting a scan, or changing its details: a plain form with an error summary (govuk-frontend). */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import { cleanDetails, validateDetails, type DetailsErrors } from '../../lib/scan/details';
import { levels, schoolTypes, type Scan } from '../../lib/scan/model';
import { routeHash } from '../../lib/scan/routes';
import { createScan, updateDetails, type NewScan } from '../../lib/scan/scan';
import { newId, today } from '../../lib/ids';
import { format } from '../../lib/text';
import type { ScanActions } from './Schoolscan';

interface Props {
  /** Absent when starting a new scan. */
  scan?: Scan;
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
}

export function DetailsForm({ scan, catalogue, strings, actions }: Props) {
  const s = strings.details;
  const [details, setDetails] = useState<NewScan>(
    scan
      ? { title: scan.title, level: scan.level, schoolType: scan.schoolType, date: scan.date, role: scan.role }
      : { title: '', level: 'klas', schoolType: 'po', date: today(), role: '' },
  );
  const [errors, setErrors] = useState<DetailsErrors>({});
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const errorList = Object.entries(errors) as [keyof DetailsErrors, NonNullable<DetailsErrors[keyof DetailsErrors]>][];

  useEffect(() => {
    if (attempt > 0 && errorList.length) summary.current?.focus();
  }, [attempt]);

  const set = (change: Partial<NewScan>) => setDetails((current) => ({ ...current, ...change }));

  const submit = (event: Event) => {
    event.preventDefault();
    const found = validateDetails(details);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    const clean = cleanDetails(details);
    const now = new Date().toISOString();
    if (scan) {
      actions.put(updateDetails(scan, clean, now));
      actions.go({ view: 'rate', id: scan.id });
    } else {
      const created = createScan(clean, catalogue.domains, newId(), now);
      actions.put(created, format(s.created, { title: created.title }));
      actions.go({ view: 'rate', id: created.id });
    }
  };

  const describedBy = (field: 'title' | 'date', hint: boolean) =>
    [hint ? `scan-${field}-hint` : '', errors[field] ? `scan-${field}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <form class="scan-form" onSubmit={submit} noValidate>
      {errorList.length > 0 && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="details-error-title">
          <h3 id="details-error-title">{s.summaryTitle}</h3>
          <ul>
            {errorList.map(([field, code]) => (
              <li key={field}>
                <a href={`#scan-${field}`} onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(`scan-${field}`)?.focus();
                }}>
                  {s.errors[code]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <fieldset class="fieldset">
        <legend>{s.legend}</legend>

        <div class={`field ${errors.title ? 'field--error' : ''}`}>
          <label class="field-label" for="scan-title">
            {s.title}
          </label>
          <p class="field-hint" id="scan-title-hint">
            {s.titleHint}
          </p>
          {errors.title && (
            <p class="field-error" id="scan-title-error">
              <span class="visually-hidden">{s.errorPrefix} </span>
              {s.errors[errors.title]}
            </p>
          )}
          <input
            id="scan-title"
            type="text"
            autocomplete="off"
            maxLength={120}
            value={details.title}
            aria-describedby={describedBy('title', true)}
            aria-invalid={errors.title ? true : undefined}
            onInput={(event) => set({ title: event.currentTarget.value })}
          />
        </div>

        <fieldset class="fieldset fieldset--inner">
          <legend class="field-label">{s.level}</legend>
          <div class="choices">
            {levels.map((level) => (
              <label class="choice" key={level}>
                <input type="radio" name="scan-level" value={level} checked={details.level === level} onChange={() => set({ level })} />
                {s.levels[level]}
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset class="fieldset fieldset--inner">
          <legend class="field-label">{s.schoolType}</legend>
          <div class="choices">
            {schoolTypes.map((type) => (
              <label class="choice" key={type}>
                <input type="radio" name="scan-school-type" value={type} checked={details.schoolType === type} onChange={() => set({ schoolType: type })} />
                {s.schoolTypes[type]}
              </label>
            ))}
          </div>
        </fieldset>

        <div class={`field ${errors.date ? 'field--error' : ''}`}>
          <label class="field-label" for="scan-date">
            {s.date}
          </label>
          <p class="field-hint" id="scan-date-hint">
            {s.dateHint}
          </p>
          {errors.date && (
            <p class="field-error" id="scan-date-error">
              <span class="visually-hidden">{s.errorPrefix} </span>
              {s.errors[errors.date]}
            </p>
          )}
          <input
            id="scan-date"
            type="date"
            value={details.date}
            aria-describedby={describedBy('date', true)}
            aria-invalid={errors.date ? true : undefined}
            onInput={(event) => set({ date: event.currentTarget.value })}
          />
        </div>

        <div class="field">
          <label class="field-label" for="scan-role">
            {s.role}
          </label>
          <p class="field-hint" id="scan-role-hint">
            {s.roleHint}
          </p>
          <input
            id="scan-role"
            type="text"
            autocomplete="organization-title"
            maxLength={120}
            value={details.role}
            aria-describedby="scan-role-hint"
            onInput={(event) => set({ role: event.currentTarget.value })}
          />
        </div>
      </fieldset>

      <div class="button-row">
        <button type="submit" class="button">
          {scan ? s.save : s.start}
        </button>
        <a class="button button--secondary" href={scan ? routeHash({ view: 'rate', id: scan.id }) : routeHash({ view: 'list' })}>
          {strings.list.cancel}
        </a>
      </div>
    </form>
  );
}
