/** The domains of concern in priority order: grote zorgen first (schoolscan result, print, plan). */
import type { ProfileRow } from '../../lib/scan/analysis';
import type { Rating } from '../../lib/scan/ratings';

interface Props {
  rows: readonly ProfileRow[];
  options: Readonly<Record<Rating, string>>;
}

export function PriorityList({ rows, options }: Props) {
  return (
    <ol class="priority-list">
      {rows.map(({ domain, rating }) => (
        <li key={domain.id}>
          <strong>{domain.label}</strong>: {rating && options[rating].toLowerCase()}
        </li>
      ))}
    </ol>
  );
}
