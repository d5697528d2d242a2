/** A domain's notes ("Wat zien we?", "Wat gaat goed?") as a definition list: on screen and on paper. */

export interface Note {
  label: string;
  text: string;
}

export function NoteList({ notes, class: className }: { notes: readonly Note[]; class: string }) {
  if (!notes.length) return null;
  return (
    <dl class={`note-list ${className}`}>
      {notes.map((note) => (
        <div key={note.label}>
          <dt>{note.label}</dt>
          <dd>{note.text}</dd>
        </div>
      ))}
    </dl>
  );
}
