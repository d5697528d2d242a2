/** The domains of concern in priority order: grote zorgen first (schoolscan result, print, plan). */
import { NoteList } from '../tools/NoteList';
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
            <NoteList notes={shown} class="priority-list__notes" />
          </li>
        );
      })}
    </ol>
  );
}
