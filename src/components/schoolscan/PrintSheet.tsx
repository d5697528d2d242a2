/**
 * What a printed scan shows: details, every answer and every note in full, the priorities and
 * the chosen types. Hidden on screen; printing never depends on the size of a text area.
 */
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import { chosenTypes, priorities } from '../../lib/scan/analysis';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import type { Scan } from '../../lib/scan/model';
import { answerFor } from '../../lib/scan/scan';
import { formatDay } from '../../lib/dates';
import { format } from '../../lib/text';
import { PriorityList } from '../tools/PriorityList';

interface Props {
  scan: Scan;
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
}

export function PrintSheet({ scan, catalogue, strings }: Props) {
  const r = strings.result;
  const ordered = priorities(scan, catalogue.domains);
  const chosen = chosenTypes(scan, catalogue);
  return (
    <section class="print-sheet" data-print-alone>
      <h3>{format(strings.print.title, { title: scan.title })}</h3>
      <dl class="print-sheet__meta">
        <dt>{strings.details.level}</dt>
        <dd>{strings.details.levels[scan.level]}</dd>
        <dt>{strings.details.schoolType}</dt>
        <dd>{strings.details.schoolTypes[scan.schoolType]}</dd>
        <dt>{strings.details.date}</dt>
        <dd>{formatDay(scan.date)}</dd>
        {scan.role && (
          <>
            <dt>{strings.details.role}</dt>
            <dd>{scan.role}</dd>
          </>
        )}
      </dl>
      {scan.team && <p>{format(r.teamNote, { members: scan.team.members })}</p>}

      <h4>{r.priorities}</h4>
      {ordered.length === 0 ? <p>{r.noPriorities}</p> : <PriorityList rows={ordered} options={strings.rating.options} />}

      <h4>{r.printNotes}</h4>
      <table class="print-sheet__table">
        <thead>
          <tr>
            <th scope="col">{r.domainColumn}</th>
            <th scope="col">{r.ratingColumn}</th>
            <th scope="col">{strings.rating.seen}</th>
            <th scope="col">{strings.rating.going}</th>
          </tr>
        </thead>
        <tbody>
          {catalogue.domains.map((domain) => {
            const answer = answerFor(scan, domain.id);
            return (
              <tr key={domain.id}>
                <th scope="row">{domain.label}</th>
                <td>{answer.rating ? strings.rating.options[answer.rating] : r.noRating}</td>
                <td class="print-sheet__note">{answer.seen}</td>
                <td class="print-sheet__note">{answer.going}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h4>{strings.print.chosenHeading}</h4>
      {chosen.length === 0 ? (
        <p>{r.noneChosen}</p>
      ) : (
        <ul>
          {chosen.map((type) => (
            <li key={type.id}>{type.title}</li>
          ))}
        </ul>
      )}
      <p class="print-sheet__note-small">{strings.print.printedNote}</p>
    </section>
  );
}
