/**
 * A field's hint and error message, each with the id its control is described by: the same for a
 * single field (Field) and a group of choices (ChoiceGroup). The ids are made from `base`.
 */
import type { ComponentChildren } from 'preact';

interface Props {
  base: string;
  hint?: ComponentChildren;
  /** A hint that holds blocks (a list) is a <div>; a sentence is a <p>. */
  hintTag?: 'p' | 'div';
  error?: string | null;
  /** "Fout:", read before the error by screen readers. */
  errorPrefix?: string | undefined;
}

/** The ids `FieldNotes` gives its hint and error, or null where there is none. */
export const noteIds = (base: string, hint: unknown, error: unknown) => ({
  hintId: hint ? `${base}-hint` : null,
  errorId: error ? `${base}-error` : null,
});

export function FieldNotes({ base, hint, hintTag: Hint = 'p', error, errorPrefix }: Props) {
  const { hintId, errorId } = noteIds(base, hint, error);
  return (
    <>
      {hint && (
        <Hint class="field-hint" id={hintId ?? undefined}>
          {hint}
        </Hint>
      )}
      {error && (
        <p class="field-error" id={errorId ?? undefined}>
          {errorPrefix && <span class="visually-hidden">{errorPrefix} </span>}
          {error}
        </p>
      )}
    </>
  );
}
