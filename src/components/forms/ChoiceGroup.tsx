/**
 * A group of radio buttons or checkboxes: fieldset, legend, optional hint, and one labelled
 * choice per option (govuk-frontend's radios and checkboxes).
 */
import type { ComponentChildren } from 'preact';
import { FieldNotes, noteIds } from './FieldNotes';
import { describedBy, useFieldId } from './ids';

export interface Choice<V extends string> {
  value: V;
  label: ComponentChildren;
  /** Extra class on the choice's label. */
  class?: string;
}

interface Props<V extends string> {
  type: 'radio' | 'checkbox';
  legend: ComponentChildren;
  hint?: ComponentChildren;
  options: readonly Choice<V>[];
  isChecked: (value: V) => boolean;
  onChange: (value: V, checked: boolean) => void;
  /** "inner": a group inside a form's fieldset, with a smaller legend. */
  variant?: 'inner' | 'outer';
  /** Extra class on the list of choices ("choices--stack", "choices--rating"). */
  choicesClass?: string;
  /** Extra class on the fieldset. */
  class?: string;
  /** An id for the fieldset (a link target). */
  id?: string;
  /** An id for the first choice: where an error summary's link puts the focus. */
  firstId?: string;
  /** The error message; the group is marked as wrong while it is set. */
  error?: string | null;
  /** "Fout:", read before the error by screen readers. */
  errorPrefix?: string;
}

export function ChoiceGroup<V extends string>(props: Props<V>) {
  const { type, legend, hint, options, isChecked, onChange, variant = 'inner', choicesClass, id, firstId, error, errorPrefix } = props;
  // One name makes the radios one group (arrow keys move within it); checkboxes need none.
  const name = useFieldId();
  const { hintId, errorId } = noteIds(name, hint, error);
  const checkClass = type === 'checkbox' ? 'choice choice--check' : 'choice';
  return (
    <fieldset
      class={['fieldset', variant === 'inner' ? 'fieldset--inner' : '', error ? 'fieldset--error' : '', props.class ?? '']
        .filter(Boolean)
        .join(' ')}
      id={id}
      aria-describedby={describedBy(hintId, errorId)}
    >
      <legend class={variant === 'inner' ? 'field-label' : undefined}>{legend}</legend>
      <FieldNotes base={name} hint={hint} hintTag="div" error={error} errorPrefix={errorPrefix} />
      <div class={['choices', choicesClass ?? ''].filter(Boolean).join(' ')}>
        {options.map((option, index) => (
          <label class={[checkClass, option.class ?? ''].filter(Boolean).join(' ')} key={option.value}>
            <input
              id={index === 0 ? firstId : undefined}
              type={type}
              name={type === 'radio' ? name : undefined}
              value={option.value}
              checked={isChecked(option.value)}
              onChange={(event) => onChange(option.value, event.currentTarget.checked)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
