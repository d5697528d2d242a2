/** Per domain how the team's members rated it, and where they differ by two steps or more: stacked on a phone, a table on a wide screen. */
import type { SchoolscanStrings } from '../../lib/scan/island-strings';
import { ratings } from '../../lib/scan/ratings';
import type { TeamRow } from '../../lib/scan/team';

interface Props {
  rows: readonly TeamRow[];
  strings: SchoolscanStrings;
}

export function TeamOverview({ rows, strings }: Props) {
  const tm = strings.team;
  return (
    <>
      <h3 class="narrow-only">{tm.tableCaption}</h3>
      <ul class="stacked-list narrow-only" role="list">
        {rows.map((row) => (
          <li key={row.domain.id} class={row.discuss ? 'stacked-list__item team-table__discuss' : 'stacked-list__item'}>
            <h4>{row.domain.label}</h4>
            <dl>
              {ratings.map((rating) => (
                <div key={rating}>
                  <dt>{strings.rating.options[rating]}</dt>
                  <dd>{row.counts[rating]}</dd>
                </div>
              ))}
              <div>
                <dt>{tm.mostCommon}</dt>
                <dd>
                  {row.mostCommon ? strings.rating.options[row.mostCommon] : tm.noAnswer}
                  {row.tie && <> {tm.tie}</>}
                </dd>
              </div>
            </dl>
            <p>{row.discuss ? <strong>{`${tm.discuss}: ${tm.discussWhy}`}</strong> : `${tm.discuss}: ${tm.noDiscuss.toLowerCase()}`}</p>
          </li>
        ))}
      </ul>
      <section class="table-scroll wide-only" tabIndex={0} aria-label={tm.tableCaption}>
        <table class="team-table">
          <caption>{tm.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.result.domainColumn}</th>
              {ratings.map((rating) => (
                <th scope="col" key={rating}>
                  {strings.rating.options[rating]}
                </th>
              ))}
              <th scope="col">{tm.mostCommon}</th>
              <th scope="col">{tm.discuss}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.domain.id} class={row.discuss ? 'team-table__discuss' : undefined}>
                <th scope="row">{row.domain.label}</th>
                {ratings.map((rating) => (
                  <td key={rating}>{row.counts[rating]}</td>
                ))}
                <td>
                  {row.mostCommon ? strings.rating.options[row.mostCommon] : tm.noAnswer}
                  {row.tie && <> {tm.tie}</>}
                </td>
                <td>{row.discuss ? <strong>{`${tm.discuss}: ${tm.discussWhy}`}</strong> : tm.noDiscuss}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
