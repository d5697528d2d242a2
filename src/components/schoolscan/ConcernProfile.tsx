/**
 * The concern profile: a table whose rows carry a bar, so the chart and its table are one thing.
 * The answer is always written out; the bar's length and pattern only repeat it.
 */
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import type { ProfileRow } from '../../lib/scan/analysis';

interface Props {
  rows: ProfileRow[];
  strings: SchoolscanStrings;
}

export function ConcernProfile({ rows, strings }: Props) {
  return (
    <table class="concern-profile">
      <caption>{strings.result.profileCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.result.domainColumn}</th>
          <th scope="col">{strings.result.ratingColumn}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ domain, rating }) => (
          <tr key={domain.id}>
            <th scope="row">{domain.label}</th>
            <td>
              <span class={`concern-bar concern-bar--${rating ?? 'leeg'}`} aria-hidden="true" />
              <span class="concern-label">{rating ? strings.rating.options[rating] : strings.result.noRating}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
