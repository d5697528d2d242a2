/**
 * A worksheet as it prints: every answer and action in full, no text areas that could clip.
 * Used for printing one worksheet, for every worksheet in the plan van aanpak, and (`blank`) for
 * the worksheet on paper, which Astro renders on the server with no script (PaperWorksheet.astro).
 * What is not filled in yet prints as room to write: lines under an open question, every partner
 * with a box to tick, empty rows of actions. On screen (the plan's preview) it says what is still
 * open; the blank form shows the room to write on screen too, for the page without JavaScript.
 */
import type { WerkbladStrings } from '../../lib/i18n/werkblad.nl';
import { statuses } from '../../lib/werkblad/model';
import type { PlanWorksheet } from '../../lib/werkblad/plan';
import { format } from '../../lib/text';

interface Props {
  sheet: PlanWorksheet;
  strings: WerkbladStrings;
  /** Heading level of the worksheet title: 2 on its own, 3 inside the plan. */
  level: 2 | 3;
  /** Nothing filled in: a line for the subject and boxes for the status instead of their values. */
  blank?: boolean;
}

/** Rows of actions to write in, when none is filled in. */
const EMPTY_ACTION_ROWS = 3;

export function WorksheetSheet({ sheet, strings, level, blank = false }: Props) {
  const w = strings.worksheet;
  const Title = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  const { worksheet } = sheet;
  /** Room to write: always on the blank form, on paper only for a filled-in worksheet. */
  const room = blank ? undefined : 'print-only';
  /** What is still open, said on screen; the blank form is all open, so it says nothing. */
  const open = (text: string) => !blank && <p class="print-hidden">{text}</p>;
  return (
    <article class="worksheet-sheet">
      {blank ? (
        <>
          <p class="paper-line">{strings.paper.subjectLine}</p>
          <p class="paper-choices">
            <span class="paper-choices__label">{strings.paper.statusLabel}:</span>
            {statuses.map((status) => (
              <span class="paper-box" key={status}>
                {strings.statuses[status]}
              </span>
            ))}
          </p>
        </>
      ) : (
        <>
          <Title>{worksheet.title}</Title>
          <dl class="worksheet-sheet__meta">
            <dt>{worksheet.typeId ? w.kindType : w.kindProgramme}</dt>
            <dd>{worksheet.title}</dd>
            <dt>{w.status}</dt>
            <dd>{strings.statuses[sheet.status]}</dd>
            {sheet.domainLabels.length > 0 && (
              <>
                <dt>{w.domains}</dt>
                <dd>{sheet.domainLabels.join(', ')}</dd>
              </>
            )}
          </dl>
        </>
      )}
      {sheet.scanGone && <p>{w.scanGone}</p>}
      {sheet.answers.map(({ question, answer }, index) => (
        <section class="worksheet-sheet__answer" key={question.id}>
          <Sub>
            {format(w.question, { n: index + 1 })}: {question.text}
          </Sub>
          {answer.trim() ? (
            <p class="worksheet-sheet__text">{answer}</p>
          ) : (
            <>
              {open(w.notAnswered)}
              <div class={['write-lines', room].filter(Boolean).join(' ')} />
            </>
          )}
        </section>
      ))}
      <section class="worksheet-sheet__block">
        <Sub>{w.partnersLegend}</Sub>
        {sheet.partners.length ? (
          <ul>
            {sheet.partners.map((partner) => (
              <li key={partner.id}>{partner.label}</li>
            ))}
          </ul>
        ) : (
          <>
            {open(w.partnersNone)}
            <p class={['paper-choices', room].filter(Boolean).join(' ')}>
              {sheet.partnerChoices.map((partner) => (
                <span class="paper-box" key={partner.id}>
                  {partner.label}
                </span>
              ))}
            </p>
          </>
        )}
      </section>
      <section class="worksheet-sheet__block">
        <Sub>{w.actionsHeading}</Sub>
        {sheet.actions.length ? (
          <ActionsTable rows={sheet.actions} strings={strings} />
        ) : (
          <>
            {open(w.noActions)}
            <div class={room}>
              <ActionsTable rows={[]} strings={strings} />
            </div>
          </>
        )}
      </section>
    </article>
  );
}

/** The actions; without any, empty rows to write in, each named for screen readers. */
function ActionsTable({ rows, strings }: { rows: PlanWorksheet['actions']; strings: WerkbladStrings }) {
  const w = strings.worksheet;
  const empty = Array.from({ length: EMPTY_ACTION_ROWS }, (_, index) => index + 1);
  return (
    <table class="worksheet-sheet__actions">
      <thead>
        <tr>
          <th scope="col">{w.what}</th>
          <th scope="col">{w.who}</th>
          <th scope="col">{w.when}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length
          ? rows.map((action) => (
              <tr key={action.id}>
                <td>{action.what}</td>
                <td>{action.who}</td>
                <td>{action.when}</td>
              </tr>
            ))
          : empty.map((n) => (
              <tr key={n} class="worksheet-sheet__empty-row">
                <td>
                  <span class="visually-hidden">{format(w.action, { n })}</span>
                </td>
                <td />
                <td />
              </tr>
            ))}
      </tbody>
    </table>
  );
}
