/**
 * A text field with a limit (a note, an answer, a title): label, hint, the control and, once most
 * of the limit is used, how many characters are left, or how many are too many (the GOV.UK
 * "character count" pattern). Nothing is ever cut: a paste or a text over the limit stays in the
 * field as it is and is not stored until it is shorter; the field says so. Screen readers hear the
 * count when typing pauses, not at every key.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { characterCount, countText, type CountStrings } from '../../lib/text-limit';
import { Field } from './Field';
import { describedBy } from './ids';

interface Props {
  id?: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  describedByIds?: string[];
  value: string;
  max: number;
  /** Called with every text within the limit; a text over it is kept here, not passed on. */
  onInput: (value: string) => void;
  strings: CountStrings;
  /** A textarea with this many rows; a one-line input without. */
  rows?: number;
  autocomplete?: string;
}

/** How long the count waits after the last key before a screen reader hears it. */
const SPEAK_AFTER = 1000;

export function LimitedText({ id, label, hint, describedByIds, value, max, onInput, strings, rows, autocomplete }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  const count = characterCount(shown, max);
  const text = countText(count, strings);
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(text), SPEAK_AFTER);
    return () => clearTimeout(timer);
  }, [text]);

  const input = (next: string) => {
    if (next.length > max) {
      setDraft(next);
      return;
    }
    setDraft(null);
    onInput(next);
  };

  return (
    <Field id={id} label={label} hint={hint} describedByIds={describedByIds} class={count.kind === 'over' ? 'field--error' : undefined}>
      {(control) => {
        const countId = `${control.id}-telling`;
        const props = {
          ...control,
          'aria-describedby': describedBy(control['aria-describedby'], text && countId),
          ...(count.kind === 'over' ? { 'aria-invalid': true as const } : {}),
          value: shown,
          autocomplete,
          onInput: (event: Event) => input((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
        };
        return (
          <>
            {rows ? <textarea {...props} rows={rows} /> : <input {...props} type="text" />}
            {text && (
              <p id={countId} class={count.kind === 'over' ? 'field-count field-error' : 'field-count field-hint'}>
                {text}
              </p>
            )}
            <span class="visually-hidden" aria-live="polite">
              {spoken}
            </span>
          </>
        );
      }}
    </Field>
  );
}
