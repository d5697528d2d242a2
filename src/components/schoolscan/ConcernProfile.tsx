/**
 * The concern profile of a scan: a table whose rows carry a bar, so the chart and its table are
 * one thing. The answer is always written out; the bar's length and pattern only repeat it. The
 * bar sits in a track of fixed width inside a real table cell, so every answer starts at the same
 * place; on a phone the answer goes under the bar.
 * Used by the schoolscan's result and by the werkblad's plan van aanpak.
 */
import type { ProfileRow } from '../../lib/scan/analysis';
import type { Rating } from '../../lib/scan/ratings';

export interface ProfileLabels {
  caption: string;
  domainColumn: string;
  ratingColumn: string;
  noRating: string;
  options: Readonly<Record<Rating, string>>;
}

interface Props {
  rows: ProfileRow[];
  labels: ProfileLabels;
}

export function ConcernProfile({ rows, labels }: Props) {
  return (
    <table class="concern-profile">
      <caption>{labels.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labels.domainColumn}</th>
          <th scope="col">{labels.ratingColumn}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ domain, rating }) => (
          <tr key={domain.id}>
            <th scope="row">{domain.label}</th>
            <td>
              <span class="concern-cell">
                <span class="concern-track" aria-hidden="true">
                  <span class={`concern-bar concern-bar--${rating ?? 'leeg'}`} />
                </span>
                <span class="concern-label">{rating ? labels.options[rating] : labels.noRating}</span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
