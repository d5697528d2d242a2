/** One worksheet: status, the five questions with hints, partners and actions. Saves as you type. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WerkbladStrings } from '../../lib/i18n/werkblad.nl';
import type { Scan } from '../../lib/scan/model';
import type { WerkbladCatalogue } from '../../lib/werkblad/catalogue';
import { MAX_ACTION_FIELD, MAX_ANSWER_LENGTH, MAX_TITLE_LENGTH } from '../../lib/limits';
import { statuses, type Worksheet } from '../../lib/werkblad/model';
import { planWorksheet } from '../../lib/werkblad/plan';
import { werkbladHash } from '../../lib/werkblad/routes';
import {
  addAction,
  openQuestions,
  removeAction,
  setAnswer,
  setStatus,
  setTitle,
  togglePartner,
  updateAction,
  worksheetProgress,
} from '../../lib/werkblad/worksheet';
import { newId } from '../../lib/ids';
import { documentName } from '../../lib/print-document';
import { format } from '../../lib/text';
import { ChoiceGroup } from '../forms/ChoiceGroup';
import { Field } from '../forms/Field';
import { ToolNav } from '../tools/ToolNav';
import type { WerkbladActions } from './actions';
import { WorksheetSheet } from './WorksheetSheet';

interface Props {
  worksheet: Worksheet;
  catalogue: WerkbladCatalogue;
  strings: WerkbladStrings;
  actions: WerkbladActions;
  scans: Scan[];
  /** All worksheets, to point to the next one that has open questions. */
  worksheets: readonly Worksheet[];
}

const nowIso = () => new Date().toISOString();

/** The fields of an action, with the Dutch word their ids end in ("actie-<id>-wat"). */
const actionFields = [
  { field: 'what', suffix: 'wat' },
  { field: 'who', suffix: 'wie' },
  { field: 'when', suffix: 'wanneer' },
] as const;

export function WorksheetView({ worksheet, worksheets, catalogue, strings, actions, scans }: Props) {
  const w = strings.worksheet;
  const put = (next: Worksheet, announcement?: string) => actions.put(next, announcement);
  const progress = worksheetProgress(worksheet, catalogue.questions);
  const open = openQuestions(worksheet, catalogue.questions);
  const number = new Map(catalogue.questions.map((question, index) => [question.id, index + 1]));
  const scan = worksheet.scanId ? scans.find((item) => item.id === worksheet.scanId) : undefined;
  const type = worksheet.typeId ? catalogue.interventions.find((item) => item.id === worksheet.typeId) : undefined;
  const domainLabels = new Map(catalogue.domains.map((domain) => [domain.id, domain.label]));
  const [focusAction, setFocusAction] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusAction) {
      document.getElementById(`actie-${focusAction}-wat`)?.focus();
      setFocusAction(null);
    }
  }, [focusAction]);

  return (
    <>
      <ToolNav
        label={strings.nav.label}
        links={[
          { href: werkbladHash({ view: 'list' }), text: strings.nav.backToList },
          { href: werkbladHash({ view: 'plan' }), text: strings.nav.toPlan },
        ]}
      />
      <div class="worksheet print-hidden">
        <p class="tool-card__meta">
          {type ? (
            <>
              {w.kindType}: <a href={type.href}>{type.title}</a>
            </>
          ) : (
            w.kindProgramme
          )}
        </p>
        {worksheet.scanId &&
          (scan ? (
            <p>
              {format(w.fromScan, { title: scan.title })}{' '}
              {worksheet.domains.length > 0 && (
                <>
                  {w.domains} {worksheet.domains.map((id) => domainLabels.get(id) ?? id).join(', ')}.
                </>
              )}
            </p>
          ) : (
            <p class="notice notice--warning" role="status">
              {w.scanGone}
            </p>
          ))}

        <Field label={w.titleLabel}>
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={MAX_TITLE_LENGTH}
              value={worksheet.title}
              onInput={(event) => put(setTitle(worksheet, event.currentTarget.value, nowIso()))}
            />
          )}
        </Field>

        <ChoiceGroup
          type="radio"
          legend={w.status}
          options={statuses.map((status) => ({ value: status, label: strings.statuses[status] }))}
          isChecked={(status) => worksheet.status === status}
          onChange={(status) => put(setStatus(worksheet, status, nowIso()), `${w.status}: ${strings.statuses[status]}`)}
        />

        <p class="tool-progress">
          <progress max={progress.total} value={progress.answered} aria-hidden="true" /> {format(w.progress, progress)}.{' '}
          {open.length === 0
            ? w.allAnswered
            : format(w.openQuestions, { questions: open.map((question) => number.get(question.id)).join(', ') })}
        </p>

        <h3 id="vragen">{w.questionsHeading}</h3>
        <p>{w.questionsIntro}</p>
        {catalogue.questions.map((question, index) => {
          const n = index + 1;
          const base = `vraag-${question.id}`;
          return (
            <div class="question" key={question.id} id={base}>
              <h4 class="question__text" id={`${base}-tekst`}>
                {format(w.question, { n })}. {question.text}
              </h4>
              {question.hints.length > 0 && (
                <div class="question__hints" id={`${base}-hints`}>
                  <p class="question__hints-label">{w.hintsLabel}</p>
                  {question.hints.map((hint) => (
                    <blockquote key={hint.quote}>
                      <p>{hint.quote}</p>
                      <p class="question__source">
                        <a href={hint.href}>{format(w.hintSource, { page: hint.pageTitle })}</a>
                      </p>
                    </blockquote>
                  ))}
                </div>
              )}
              <Field
                id={`${base}-antwoord`}
                label={format(w.answerLabel, { n })}
                describedByIds={[`${base}-tekst`, ...(question.hints.length ? [`${base}-hints`] : [])]}
              >
                {(control) => (
                  <textarea
                    {...control}
                    rows={4}
                    maxLength={MAX_ANSWER_LENGTH}
                    value={worksheet.answers[question.id] ?? ''}
                    onInput={(event) => put(setAnswer(worksheet, question.id, event.currentTarget.value, nowIso()))}
                  />
                )}
              </Field>
            </div>
          );
        })}

        <ChoiceGroup
          type="checkbox"
          variant="outer"
          class="partners"
          legend={w.partnersLegend}
          hint={
            <>
              <p>{w.partnersIntro}</p>
              {catalogue.partners.flatMap((partner) =>
                partner.source
                  ? [
                      <blockquote key={partner.id}>
                        <p>{partner.source.quote}</p>
                        <p class="question__source">
                          <a href={partner.source.href}>{format(w.hintSource, { page: partner.source.pageTitle })}</a>
                        </p>
                      </blockquote>,
                    ]
                  : [],
              )}
            </>
          }
          options={catalogue.partners.map((partner) => ({ value: partner.id, label: partner.label }))}
          isChecked={(id) => worksheet.partners.includes(id)}
          onChange={(id, on) => put(togglePartner(worksheet, id, on, nowIso()))}
        />

        <h3 id="acties">{w.actionsHeading}</h3>
        <p>{w.actionsIntro}</p>
        {worksheet.actions.length === 0 && <p>{w.noActions}</p>}
        {worksheet.actions.map((action, index) => {
          const n = index + 1;
          const base = `actie-${action.id}`;
          return (
            <fieldset class="fieldset action" key={action.id}>
              <legend>{format(w.action, { n })}</legend>
              <div class="action__fields">
                {actionFields.map(({ field, suffix }) => (
                  <Field key={field} id={`${base}-${suffix}`} label={w[field]}>
                    {(control) => (
                      <input
                        {...control}
                        type="text"
                        maxLength={MAX_ACTION_FIELD}
                        value={action[field]}
                        onInput={(event) => put(updateAction(worksheet, action.id, { [field]: event.currentTarget.value }, nowIso()))}
                      />
                    )}
                  </Field>
                ))}
              </div>
              <button
                type="button"
                class="button button--secondary button--warning-text"
                onClick={() => {
                  put(removeAction(worksheet, action.id, nowIso()), format(w.actionRemoved, { n }));
                  addButton.current?.focus();
                }}
              >
                {format(w.removeAction, { n })}
              </button>
            </fieldset>
          );
        })}
        <p class="button-row">
          <button
            type="button"
            class="button button--secondary"
            ref={addButton}
            onClick={() => {
              const id = newId();
              put(addAction(worksheet, id, nowIso()), format(w.actionAdded, { n: worksheet.actions.length + 1 }));
              setFocusAction(id);
            }}
          >
            {w.addAction}
          </button>
        </p>

        <h3>{w.nextHeading}</h3>
        <NextWorksheet worksheet={worksheet} worksheets={worksheets} catalogue={catalogue} strings={strings} />
      </div>
      <div class="print-only" data-print-document={documentName(strings.nav.label, worksheet.title)}>
        <WorksheetSheet sheet={planWorksheet(worksheet, scans, catalogue)} strings={strings} level={2} />
      </div>
    </>
  );
}

/** The end of a worksheet: the next worksheet with open questions (of the same scan first), the plan, printing. */
function NextWorksheet({
  worksheet,
  worksheets,
  catalogue,
  strings,
}: {
  worksheet: Worksheet;
  worksheets: readonly Worksheet[];
  catalogue: WerkbladCatalogue;
  strings: WerkbladStrings;
}) {
  const w = strings.worksheet;
  const unfinished = worksheets.filter((sheet) => sheet.id !== worksheet.id && openQuestions(sheet, catalogue.questions).length > 0);
  const next = unfinished.find((sheet) => worksheet.scanId !== null && sheet.scanId === worksheet.scanId) ?? unfinished[0];
  return (
    <>
      <p>{next ? w.nextIntro : w.nextPlanIntro}</p>
      <p class="button-row">
        {next && (
          <a class="button" href={werkbladHash({ view: 'edit', id: next.id })}>
            {format(w.nextWorksheet, { title: next.title })}
          </a>
        )}
        <a class={next ? 'button button--secondary' : 'button'} href={werkbladHash({ view: 'plan' })}>
          {w.toPlan}
        </a>
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          {w.print}
        </button>
      </p>
    </>
  );
}
