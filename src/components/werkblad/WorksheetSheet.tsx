/**
 * A worksheet as it prints: every answer and action in full, no text areas that could clip.
 * Used for printing one worksheet and for every worksheet in the plan van aanpak.
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
          <p class="worksheet-sheet__text">{answer.trim() ? answer : w.notAnswered}</p>
        </section>
      ))}
      <Sub>{w.partnersLegend}</Sub>
      {sheet.partners.length ? (
        <ul>
          {sheet.partners.map((partner) => (
            <li key={partner.id}>{partner.label}</li>
          ))}
        </ul>
      ) : (
        <p>{w.partnersNone}</p>
      )}
      <Sub>{w.actionsHeading}</Sub>
      {sheet.actions.length ? (
        <table class="worksheet-sheet__actions">
          <thead>
            <tr>
              <th scope="col">{w.what}</th>
              <th scope="col">{w.who}</th>
              <th scope="col">{w.when}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.actions.map((action) => (
              <tr key={action.id}>
                <td>{action.what}</td>
                <td>{action.who}</td>
                <td>{action.when}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{w.noActions}</p>
      )}
    </article>
  );
}
