/** The domains of concern in priority order: grote zorgen first (schoolscan result, print, plan). */
import type { ProfileRow } from '../../lib/scan/analysis';
import type { Rating } from '../../lib/scan/ratings';

interface Props {
  rows: readonly ProfileRow[];
  options: Readonly<Record<Rating, string>>;
  /** The notes to show under a domain ("Wat zien we?", "Wat gaat goed?"), when there are any. */
  notes?: (domainId: string) => readonly { label: string; text: string }[];
}

export function PriorityList({ rows, options, notes }: Props) {
  return (
    <ol class="priority-list">
      {rows.map(({ domain, rating }) => {
        const shown = notes?.(domain.id) ?? [];
        return (
          <li key={domain.id}>
            <strong>{domain.label}</strong>: {rating && options[rating].toLowerCase()}
            {shown.length > 0 && (
              <dl class="priority-list__notes">
                {shown.map((note) => (
                  <div key={note.label}>
                    <dt>{note.label}</dt>
                    <dd>{note.text}</dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        );
      })}
    </ol>
  );
}
