/** Starting a scan, or changing its details: a plain form with an error summary (govuk-frontend). */
import { useState } from 'preact/hooks';
import type { SchoolscanStrings } from '../../lib/scan/island-strings';
import { MAX_TITLE_LENGTH } from '../../lib/limits';
import type { ScanCatalogue, ScanDomain } from '../../lib/scan/catalogue';
import {
  checkDetails,
  detailsFields,
  emptyDetails,
  type DetailsDraft,
  type DetailsErrors,
  type DetailsField,
} from '../../lib/scan/details';
import { levels, schoolTypes, type Scan } from '../../lib/scan/model';
import { scanHash } from '../../lib/scan/routes';
import { createScan, updateDetails } from '../../lib/scan/scan';
import { today } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { format } from '../../lib/text';
import { ChoiceGroup } from '../forms/ChoiceGroup';
import { ErrorSummary } from '../forms/ErrorSummary';
import { Field } from '../forms/Field';
import { useFieldId } from '../forms/ids';
import { useOnce } from '../tools/useOnce';
import type { ScanActions } from './actions';
import { RoleField } from './RoleField';

interface Props {
  /** Absent when starting a new scan. */
  scan?: Scan;
  /** A new scan that starts a team session (session.ts): after saving, the session's overview. */
  startsSession?: boolean;
  /** The domain of a worry chosen before (the home page, a domain page): named here, nothing rated. */
  concern?: ScanDomain;
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
}

export function DetailsForm({ scan, startsSession = false, concern, catalogue, strings, actions }: Props) {
  const s = strings.details;
  const [details, setDetails] = useState<DetailsDraft>(
    scan ? { title: scan.title, level: scan.level, schoolType: scan.schoolType, date: scan.date, role: scan.role } : emptyDetails(today()),
  );
  const [errors, setErrors] = useState<DetailsErrors>({});
  const [attempt, setAttempt] = useState(0);
  const ids: Record<DetailsField, string> = { title: useFieldId(), level: useFieldId(), schoolType: useFieldId(), date: useFieldId() };
  const set = (change: Partial<DetailsDraft>) => setDetails((current) => ({ ...current, ...change }));
  const message = (field: DetailsField) => {
    const code = errors[field];
    return code ? s.errors[code] : null;
  };

  const once = useOnce();
  const submit = (event: Event) => {
    event.preventDefault();
    const checked = checkDetails(details);
    setErrors(checked.ok ? {} : checked.errors);
    setAttempt((n) => n + 1);
    if (!checked.ok) return;
    once.run(() => {
      const clean = checked.details;
      const now = new Date().toISOString();
      if (scan) {
        actions.put(updateDetails(scan, clean, now));
        actions.go({ view: 'rate', id: scan.id });
      } else {
        const id = newId();
        const created = { ...createScan(clean, catalogue.domains, id, now), ...(startsSession ? { session: id } : {}) };
        const announcement = startsSession ? strings.session.created : s.created;
        actions.put(created, format(announcement, { title: created.title }));
        actions.go(startsSession ? { view: 'session', id } : { view: 'rate', id, ...(concern ? { concern: concern.id } : {}) });
      }
    });
  };

  return (
    <form class="scan-form" onSubmit={submit} noValidate>
      {startsSession && <p>{strings.session.startIntro}</p>}
      {concern && (
        <div class="started-from">
          <p>
            <strong>{format(s.startedFrom, { concern: concern.everyday })}</strong>
          </p>
          <p>{format(s.startedFromHint, { domain: concern.label })}</p>
        </div>
      )}
      <ErrorSummary
        title={s.summaryTitle}
        attempt={attempt}
        errors={detailsFields.flatMap((field) => {
          const text = message(field);
          return text ? [{ field: ids[field], text }] : [];
        })}
      />

      <fieldset class="fieldset">
        <legend>{s.legend}</legend>

        <Field id={ids.title} label={s.title} hint={s.titleHint} error={message('title')} errorPrefix={s.errorPrefix}>
          {(control) => (
            <input
              {...control}
              type="text"
              autocomplete="off"
              maxLength={MAX_TITLE_LENGTH}
              value={details.title}
              onInput={(event) => set({ title: event.currentTarget.value })}
            />
          )}
        </Field>

        <ChoiceGroup
          type="radio"
          legend={s.level}
          options={levels.map((level) => ({ value: level, label: s.levels[level] }))}
          isChecked={(level) => details.level === level}
          onChange={(level) => set({ level })}
          firstId={ids.level}
          error={message('level')}
          errorPrefix={s.errorPrefix}
        />

        <ChoiceGroup
          type="radio"
          legend={s.schoolType}
          options={schoolTypes.map((type) => ({ value: type, label: s.schoolTypes[type] }))}
          hint={s.schoolTypeHint}
          isChecked={(type) => details.schoolType === type}
          onChange={(schoolType) => set({ schoolType })}
          firstId={ids.schoolType}
          error={message('schoolType')}
          errorPrefix={s.errorPrefix}
        />

        <Field id={ids.date} label={s.date} hint={s.dateHint} error={message('date')} errorPrefix={s.errorPrefix}>
          {(control) => (
            <input {...control} type="date" value={details.date} onInput={(event) => set({ date: event.currentTarget.value })} />
          )}
        </Field>

        <RoleField label={s.role} hint={s.roleHint} value={details.role} onInput={(role) => set({ role })} />
      </fieldset>

      <div class="button-row">
        <button type="submit" class="button">
          {scan ? s.save : startsSession ? strings.session.create : s.start}
        </button>
        <a class="button button--secondary" href={scan ? scanHash({ view: 'rate', id: scan.id }) : scanHash({ view: 'list' })}>
          {strings.list.cancel}
        </a>
      </div>
    </form>
  );
}
