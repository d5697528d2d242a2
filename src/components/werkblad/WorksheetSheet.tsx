/**
 * A worksheet as it prints: every answer and action in full, no text areas that could clip.
 * Used for printing one worksheet and for every worksheet in the plan van aanpak. What is not
 * filled in yet prints as room to write: lines under an open question, every partner with a box to
 * tick, empty rows of actions. On screen (the plan's preview) it says what is still open.
 */
import type { WerkbladStrings } from '../../lib/i18n/werkblad.nl';
import type { PlanWorksheet } from '../../lib/werkblad/plan';
import { format } from '../../lib/text';

interface Props {
  sheet: PlanWorksheet;
  strings: WerkbladStrings;
  /** Heading level of the worksheet title: 2 on its own, 3 inside the plan. */
  level: 2 | 3;
}

export function WorksheetSheet({ sheet, strings, level }: Props) {
  const w = strings.worksheet;
  const Title = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  const { worksheet } = sheet;
  return (
    <article class="worksheet-sheet">
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
              <p class="print-hidden">{w.notAnswered}</p>
              <div class="write-lines print-only" />
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
            <p class="print-hidden">{w.partnersNone}</p>
            <div class="print-only">
              <p class="paper-choices">
                {sheet.partnerChoices.map((partner) => (
                  <span class="paper-box" key={partner.id}>
                    {partner.label}
                  </span>
                ))}
              </p>
            </div>
          </>
        )}
      </section>
      <section class="worksheet-sheet__block">
        <Sub>{w.actionsHeading}</Sub>
        {sheet.actions.length ? (
          <ActionsTable rows={sheet.actions} strings={strings} />
        ) : (
          <>
            <p class="print-hidden">{w.noActions}</p>
            <div class="print-only">
              <ActionsTable rows={[]} strings={strings} />
            </div>
          </>
        )}
      </section>
    </article>
  );
}

/** The actions; without any, three empty rows to write in. */
function ActionsTable({ rows, strings }: { rows: PlanWorksheet['actions']; strings: WerkbladStrings }) {
  const w = strings.worksheet;
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
          : [1, 2, 3].map((n) => (
              <tr key={n} class="worksheet-sheet__empty-row">
                <td />
                <td />
                <td />
              </tr>
            ))}
      </tbody>
    </table>
  );
}
