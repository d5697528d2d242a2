/**
 * The team's notes per domain on paper, stacked: the domain and its rating on one line, then
 * "Wat zien we?" and "Wat gaat goed?" each across the full width, so a note of 600 characters
 * reads as a paragraph rather than a narrow column. Used by the printed scan result and by the
 * scan summary of the plan van aanpak.
 */
import { NoteList } from '../tools/NoteList';
import type { DomainNotes as Row } from '../../lib/scan/analysis';
import type { Rating } from '../../lib/scan/ratings';

export interface DomainNotesLabels {
  seen: string;
  going: string;
  noRating: string;
  options: Readonly<Record<Rating, string>>;
}

interface Props {
  rows: readonly Row[];
  labels: DomainNotesLabels;
}

export function DomainNotes({ rows, labels }: Props) {
  return (
    <ol class="domain-notes" role="list">
      {rows.map(({ domain, rating, seen, going }) => {
        const notes = [
          { label: labels.seen, text: seen },
          { label: labels.going, text: going },
        ].filter((note) => note.text !== '');
        return (
          <li class="domain-notes__item" key={domain.id}>
            <p class="domain-notes__domain">
              <strong>{domain.label}</strong>: {rating ? labels.options[rating].toLowerCase() : labels.noRating.toLowerCase()}
            </p>
            <NoteList notes={notes} class="domain-notes__notes" />
          </li>
        );
      })}
    </ol>
  );
}
