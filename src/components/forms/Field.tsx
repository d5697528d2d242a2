/**
 * One form field: label, hint, error message and control, in that order, wired together
 * (govuk-frontend's form group, utrecht's FormFieldTextbox). The control is rendered by the
 * caller with the props it is given, so any input, textarea or select fits.
 */
import type { ComponentChildren, JSX } from 'preact';
import { describedBy, useFieldId } from './ids';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface Props {
  /** The control's id; one is made when absent. Give it when an error summary links to the field. */
  id?: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  /** The error message; the field is marked as wrong while it is set. */
  error?: string | null;
  /** "Fout:", read before the error by screen readers. */
  errorPrefix?: string;
  /** Extra ids the control is described by (a question it answers), before the hint. */
  describedByIds?: string[];
  class?: string;
  children: (control: ControlProps) => JSX.Element;
}

export function Field({ id, label, hint, error, errorPrefix, describedByIds = [], class: className, children }: Props) {
  const made = useFieldId();
  const controlId = id ?? made;
  const hintId = hint ? `${controlId}-hint` : null;
  const errorId = error ? `${controlId}-error` : null;
  return (
    <div class={['field', error ? 'field--error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label class="field-label" for={controlId}>
        {label}
      </label>
      {hint && (
        <p class="field-hint" id={hintId ?? undefined}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={errorId ?? undefined}>
          {errorPrefix && <span class="visually-hidden">{errorPrefix} </span>}
          {error}
        </p>
      )}
      {children({
        id: controlId,
        'aria-describedby': describedBy(...describedByIds, hintId, errorId),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
    </div>
  );
}
