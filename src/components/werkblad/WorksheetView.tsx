/** One worksheet: status, the five questions with hints, partners and actions. Saves as you type. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WerkbladStrings } from '../../lib/i18n/werkblad.nl';
import type { Scan } from '../../lib/scan/model';
import type { WerkbladCatalogue } from '../../lib/werkblad/catalogue';
import { MAX_ACTION_FIELD, MAX_ANSWER_LENGTH, MAX_OWN_PARTNERS, MAX_TITLE_LENGTH } from '../../lib/limits';
import { statuses, type Worksheet } from '../../lib/werkblad/model';
import { planWorksheet } from '../../lib/werkblad/plan';
import { werkbladHash } from '../../lib/werkblad/routes';
import {
  addAction,
  addOwnPartner,
  openQuestions,
  removeAction,
  removeOwnPartner,
  renameOwnPartner,
  setAnswer,
  setStatus,
  setTitle,
  togglePartner,
  updateAction,
  worksheetProgress,
} from '../../lib/werkblad/worksheet';
import { newId } from '../../lib/ids';
import { documentName } from '../../lib/print-document';
import { format, listText } from '../../lib/text';
import { ChoiceGroup } from '../forms/ChoiceGroup';
import { LimitedText } from '../forms/LimitedText';
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
  /** The field that takes focus once it is there (a new action's "Wat", a new partner's name). */
  const [focusField, setFocusField] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const addPartnerButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusField) {
      document.getElementById(focusField)?.focus();
      setFocusField(null);
    }
  }, [focusField]);

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

        <LimitedText
          label={w.titleLabel}
          max={MAX_TITLE_LENGTH}
          value={worksheet.title}
          onInput={(text) => put(setTitle(worksheet, text, nowIso()))}
          strings={strings.count}
        />

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
              <LimitedText
                id={`${base}-antwoord`}
                label={format(w.answerLabel, { n })}
                describedByIds={[`${base}-tekst`, ...(question.hints.length ? [`${base}-hints`] : [])]}
                rows={4}
                max={MAX_ANSWER_LENGTH}
                value={worksheet.answers[question.id] ?? ''}
                onInput={(text) => put(setAnswer(worksheet, question.id, text, nowIso()))}
                strings={strings.count}
              />
            </div>
          );
        })}

        <h3 id="partners">{w.partnersLegend}</h3>
        <p>{w.partnersIntro}</p>
        <ChoiceGroup
          type="checkbox"
          class="partners"
          legend={w.partnersSchool}
          hint={w.partnersSchoolHint}
          options={catalogue.partners
            .filter((partner) => partner.group === 'school')
            .map((partner) => ({
              value: partner.id,
              label: partner.addition ? (
                <>
                  {partner.label} <span class="choice__note">{w.partnerAddition}</span>
                </>
              ) : (
                partner.label
              ),
            }))}
          isChecked={(id) => worksheet.partners.includes(id)}
          onChange={(id, on) => put(togglePartner(worksheet, id, on, nowIso()))}
        />
        <ChoiceGroup
          type="checkbox"
          class="partners"
          legend={w.partnersOutside}
          hint={catalogue.partners.flatMap((partner) =>
            partner.source && partner.group === 'buiten'
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
          options={catalogue.partners
            .filter((partner) => partner.group === 'buiten')
            .map((partner) => ({ value: partner.id, label: partner.label }))}
          isChecked={(id) => worksheet.partners.includes(id)}
          onChange={(id, on) => put(togglePartner(worksheet, id, on, nowIso()))}
        />
        <fieldset class="fieldset fieldset--inner own-partners">
          <legend class="field-label">{w.ownPartners}</legend>
          <p class="field-hint">{w.ownPartnersHint}</p>
          {(worksheet.ownPartners ?? []).map((partner, index) => (
            <div class="own-partner" key={partner.id}>
              <LimitedText
                id={`partner-${partner.id}`}
                label={format(w.ownPartner, { n: index + 1 })}
                max={MAX_TITLE_LENGTH}
                value={partner.name}
                onInput={(name) => put(renameOwnPartner(worksheet, partner.id, name, nowIso()))}
                strings={strings.count}
              />
              <button
                type="button"
                class="button button--secondary button--warning-text"
                onClick={() => {
                  put(removeOwnPartner(worksheet, partner.id, nowIso()), format(w.ownPartnerRemoved, { n: index + 1 }));
                  addPartnerButton.current?.focus();
                }}
              >
                {format(w.removeOwnPartner, { n: index + 1 })}
              </button>
            </div>
          ))}
          <p class="button-row">
            <button
              type="button"
              class="button button--secondary"
              ref={addPartnerButton}
              disabled={(worksheet.ownPartners ?? []).length >= MAX_OWN_PARTNERS}
              onClick={() => {
                const id = newId();
                put(addOwnPartner(worksheet, id, nowIso()), format(w.ownPartnerAdded, { n: (worksheet.ownPartners ?? []).length + 1 }));
                setFocusField(`partner-${id}`);
              }}
            >
              {w.addOwnPartner}
            </button>
          </p>
        </fieldset>

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
                  <LimitedText
                    key={field}
                    id={`${base}-${suffix}`}
                    label={w[field]}
                    max={MAX_ACTION_FIELD}
                    value={action[field]}
                    onInput={(text) => put(updateAction(worksheet, action.id, { [field]: text }, nowIso()))}
                    strings={strings.count}
                  />
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
              setFocusField(`actie-${id}-wat`);
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
  const openHere = openQuestions(worksheet, catalogue.questions);
  const number = new Map(catalogue.questions.map((question, index) => [question.id, index + 1]));
  const unfinished = worksheets.filter((sheet) => sheet.id !== worksheet.id && openQuestions(sheet, catalogue.questions).length > 0);
  const next = unfinished.find((sheet) => worksheet.scanId !== null && sheet.scanId === worksheet.scanId) ?? unfinished[0];
  const firstOpen = openHere[0];
  return (
    <>
      {firstOpen && (
        <p>
          {format(w.nextOpenHere, {
            questions: questionList(
              openHere.map((question) => number.get(question.id) ?? 0),
              strings,
            ),
          })}{' '}
          <a href={`#vraag-${firstOpen.id}`} onClick={(event) => focusAnswer(event, firstOpen.id)}>
            {format(w.nextOpenHereLink, { n: number.get(firstOpen.id) ?? 1 })}
          </a>
        </p>
      )}
      <p>{next ? w.nextIntro : firstOpen ? w.nextOthersDone : w.nextPlanIntro}</p>
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

/** "vraag 1, 2 en 5". */
function questionList(numbers: readonly number[], strings: WerkbladStrings): string {
  return `${strings.worksheet.questionWord} ${listText(numbers.map(String), strings.worksheet.and)}`;
}

/** The link to an open question goes to its answer field, not only to the question's place. */
function focusAnswer(event: Event, questionId: string) {
  const field = document.getElementById(`vraag-${questionId}-antwoord`);
  if (!field) return;
  event.preventDefault();
  field.scrollIntoView?.({ block: 'center' });
  field.focus({ preventScroll: true });
}
