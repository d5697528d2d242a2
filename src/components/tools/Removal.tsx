/**
 * Deleting a record from a list: ask first, then offer "Ongedaan maken" (the same for scans and
 * worksheets). `useRemoval` holds which record is being asked about and what was removed.
 *
 * Focus never falls to the page when the control that had it goes: the question takes it, then
 * "Ongedaan maken"; cancelling returns it to the record's "Verwijderen" button, undoing to the
 * record's title link. Lists mark those with `data-delete` and `data-open` (the record's id).
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export function useRemoval<T extends { id: string }>(remove: (id: string) => T | undefined, restore: (record: T) => void) {
  const [asking, setAsking] = useState<string | null>(null);
  const [removed, setRemoved] = useState<T | null>(null);
  /** What takes focus after the next render. */
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.querySelector<HTMLElement>(focusNext.current)?.focus();
    focusNext.current = null;
  });
  return {
    /** The id whose deletion is being asked about. */
    asking,
    ask: (id: string) => setAsking(id),
    cancel: () => {
      if (asking) focusNext.current = `[data-delete="${asking}"]`;
      setAsking(null);
    },
    confirm: (id: string) => {
      setAsking(null);
      setRemoved(remove(id) ?? null);
    },
    removed,
    undo: () => {
      if (removed) {
        restore(removed);
        focusNext.current = `[data-open="${removed.id}"]`;
      }
      setRemoved(null);
    },
  };
}

interface ConfirmProps {
  question: string;
  yes: string;
  cancel: string;
  onYes: () => void;
  onCancel: () => void;
}

/** "Scan ‘x’ verwijderen?" with a button that does it and one that does not; the question takes focus. */
export function ConfirmDelete({ question, yes, cancel, onYes, onCancel }: ConfirmProps) {
  const asked = useRef<HTMLParagraphElement>(null);
  useEffect(() => asked.current?.focus(), []);
  return (
    <div class="tool-confirm" role="group" aria-label={question}>
      <p ref={asked} tabIndex={-1}>
        {question}
      </p>
      <button type="button" class="button button--warning" onClick={onYes}>
        {yes}
      </button>
      <button type="button" class="button button--secondary" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}

interface UndoProps {
  text: string;
  undo: string;
  onUndo: () => void;
}

/** "Scan ‘x’ is verwijderd." with "Ongedaan maken", which takes focus (the deleted card is gone). */
export function UndoNotice({ text, undo, onUndo }: UndoProps) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), [text]);
  return (
    <div class="notice" role="status">
      <p>{text}</p>
      <button type="button" class="button button--secondary" ref={button} onClick={onUndo}>
        {undo}
      </button>
    </div>
  );
}
