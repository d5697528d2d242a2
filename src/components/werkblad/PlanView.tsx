/**
 * The plan van aanpak: details for the title page, then the whole plan as it prints: the title
 * (with the first page's block of source, address and date above it), the linked scan's profile,
 * priorities and the team's notes, and every worksheet starting on a page of its own. A school not
 * filled in prints as a line to write it on.
 */
import type { WerkbladDocument } from '../../lib/werkblad/model';
import { assemblePlan } from '../../lib/werkblad/plan';
import { werkbladHash } from '../../lib/werkblad/routes';
import { formatDay } from '../../lib/dates';
import { today } from '../../lib/dates';
import { MAX_TITLE_LENGTH } from '../../lib/limits';
import { documentName } from '../../lib/print-document';
import { format, isolate } from '../../lib/text';
import { notesPerDomain, splitUnrated } from '../../lib/scan/analysis';
import { ConcernProfile } from '../schoolscan/ConcernProfile';
import { DomainNotes } from '../schoolscan/DomainNotes';
import { Field } from '../forms/Field';
import { PriorityList } from '../schoolscan/PriorityList';
import type { WerkbladViewProps } from './actions';
import { WorksheetSheet } from './WorksheetSheet';

interface Props extends WerkbladViewProps {
  doc: WerkbladDocument;
}

export function PlanView({ doc, catalogue, strings, actions, scans }: Props) {
  const p = strings.plan;
  const plan = assemblePlan(doc, scans, catalogue);
  const setPlan = (change: Partial<typeof doc.plan>) => actions.setPlan({ ...doc.plan, ...change });
  const linkedScans = scans.filter((scan) => doc.worksheets.some((sheet) => sheet.scanId === scan.id));
  const scanChoices = linkedScans.length ? linkedScans : scans;
  const summary = plan.scan.kind === 'scan' ? plan.scan : null;
  // On paper the domains not rated yet go on one line after the profile, not a row each.
  const [rated, unrated] = splitUnrated(summary ? summary.profile : []);
  // The team's notes: the domains with a note, in the source's order.
  const notes = summary ? notesPerDomain(summary.scan, catalogue.domains).filter((row) => row.seen || row.going) : [];

  return (
    <>
      <div class="print-hidden">
        <p>
          <a href={werkbladHash({ view: 'list' })}>{strings.nav.backToList}</a>
        </p>
        <p>{p.intro}</p>
        <fieldset class="fieldset">
          <legend>{p.detailsLegend}</legend>
          <Field label={p.school} hint={p.schoolHint}>
            {(control) => (
              <input
                {...control}
                type="text"
                maxLength={MAX_TITLE_LENGTH}
                value={doc.plan.school}
                onInput={(event) => setPlan({ school: event.currentTarget.value })}
              />
            )}
          </Field>
          <Field label={p.date}>
            {(control) => (
              <input {...control} type="date" value={doc.plan.date} onInput={(event) => setPlan({ date: event.currentTarget.value })} />
            )}
          </Field>
          {scans.length > 0 && (
            <Field label={p.scan}>
              {(control) => (
                <select
                  {...control}
                  value={doc.plan.scanId ?? ''}
                  onChange={(event) => setPlan({ scanId: event.currentTarget.value || null })}
                >
                  <option value="">{p.scanAuto}</option>
                  {scanChoices.map((scan) => (
                    <option key={scan.id} value={scan.id}>
                      {isolate(scan.title)} ({formatDay(scan.date)})
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </fieldset>
        <p class="button-row">
          {plan.worksheets.length > 0 ? (
            <button type="button" class="button" onClick={() => window.print()}>
              {p.print}
            </button>
          ) : (
            <a class="button" href={werkbladHash({ view: 'create' })}>
              {strings.list.newWorksheet}
            </a>
          )}
        </p>
      </div>

      {plan.worksheets.length === 0 ? (
        <p>{p.noWorksheets}</p>
      ) : (
        <div class="plan-document" data-print-document={documentName(p.title, plan.school)}>
          <section class="plan-title-page" aria-labelledby="plan-titel">
            <h3 id="plan-titel">{p.title}</h3>
            {plan.school.trim() ? (
              <p class="plan-title-page__school">{plan.school}</p>
            ) : (
              <p class="paper-line plan-title-page__school-line">{p.school}</p>
            )}
            <p>{formatDay(plan.date || today())}</p>
            <p class="plan-title-page__contents-label">{p.contents}</p>
            <ol>
              {plan.scan.kind === 'scan' && <li>{p.scanSummary}</li>}
              {plan.worksheets.map((sheet) => (
                <li key={sheet.worksheet.id}>{sheet.worksheet.title}</li>
              ))}
            </ol>
          </section>

          <section class="plan-scan" aria-labelledby="plan-scan-titel">
            <h3 id="plan-scan-titel">{p.scanSummary}</h3>
            {plan.scan.kind === 'scan' ? (
              <>
                <p>
                  <strong>{isolate(plan.scan.scan.title)}</strong> ·{' '}
                  {format(strings.scanMeta, {
                    level: strings.levels[plan.scan.scan.level],
                    schoolType: strings.schoolTypes[plan.scan.scan.schoolType],
                    date: formatDay(plan.scan.scan.date),
                  })}
                </p>
                {rated.length > 0 && <ConcernProfile rows={rated} labels={strings.profile} />}
                {unrated.length > 0 && (
                  <p>
                    {strings.profile.noRating}: {unrated.join(', ')}
                  </p>
                )}
                <h4>{strings.profile.priorities}</h4>
                {plan.scan.priorities.length === 0 ? (
                  <p>{strings.profile.noPriorities}</p>
                ) : (
                  <PriorityList rows={plan.scan.priorities} options={strings.profile.options} />
                )}
                {notes.length > 0 && (
                  <>
                    <h4>{strings.profile.notes}</h4>
                    <DomainNotes rows={notes} labels={strings.profile} />
                  </>
                )}
              </>
            ) : (
              <p>{plan.scan.kind === 'missing' ? p.scanMissing : p.noScan}</p>
            )}
          </section>

          <section class="plan-sheets" aria-label={p.worksheetsHeading}>
            {plan.worksheets.map((sheet) => (
              <div class="plan-sheet" key={sheet.worksheet.id}>
                <WorksheetSheet sheet={sheet} strings={strings} level={3} />
              </div>
            ))}
          </section>
        </div>
      )}
    </>
  );
}
