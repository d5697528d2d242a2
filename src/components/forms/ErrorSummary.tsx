/**
 * The list of what is wrong in a form, above it (govuk-frontend's error summary). It takes focus
 * each time the form is sent with errors; every item links to its field.
 */
import { useEffect, useRef } from 'preact/hooks';
import { useFieldId } from './ids';

export interface SummaryError {
  /** Id of the field the message is about. */
  field: string;
  text: string;
}

interface Props {
  title: string;
  errors: readonly SummaryError[];
  /** Counts the attempts to send the form: focus moves here on each new one with errors. */
  attempt: number;
}

export function ErrorSummary({ title, errors, attempt }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useFieldId();
  useEffect(() => {
    if (attempt > 0 && errors.length > 0) box.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Focus moves on a new attempt only: errors that change while someone types must not take the focus away.
  }, [attempt]);
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <ul>
        {errors.map((error) => (
          <li key={`${error.field} ${error.text}`}>
            <a
              href={`#${error.field}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(error.field)?.focus();
              }}
            >
              {error.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
