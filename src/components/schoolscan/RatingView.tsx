/** Rating the domains: one fieldset per domain, its explanation and prompts as hints, two notes. */
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import type { ScanCatalogue, ScanDomain } from '../../lib/scan/catalogue';
import { MAX_NOTE_LENGTH } from '../../lib/limits';
import type { Scan } from '../../lib/scan/model';
import { ratings, type Rating } from '../../lib/scan/ratings';
import { scanHash } from '../../lib/scan/routes';
import { answerFor, progress, updateAnswer } from '../../lib/scan/scan';
import { format } from '../../lib/text';
import { PrintSheet } from './PrintSheet';
import { ScanNav } from './ScanNav';
import { Field } from '../forms/Field';
import type { ScanActions } from './actions';

interface Props {
  scan: Scan;
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
}

export function RatingView({ scan, catalogue, strings, actions }: Props) {
  const { rated, total } = progress(scan, catalogue.domains);
  const change = (domainId: string, answer: Parameters<typeof updateAnswer>[2]) =>
    actions.put(updateAnswer(scan, domainId, answer, new Date().toISOString()));

  return (
    <>
      <ScanNav id={scan.id} current="rate" strings={strings} />
      <div class="scan-rating print-hidden">
        <p>{strings.rating.intro}</p>
        <p>{strings.rating.noteHint}</p>
        <p class="tool-progress">
          <progress max={total} value={rated} aria-hidden="true" /> <span>{format(strings.rating.progress, { rated, total })}</span>
        </p>
        {catalogue.domains.map((domain) => (
          <DomainFieldset key={domain.id} domain={domain} scan={scan} strings={strings} onChange={(answer) => change(domain.id, answer)} />
        ))}
        <p class="button-row">
          <a class="button" href={scanHash({ view: 'result', id: scan.id })}>
            {strings.nav.toResult}
          </a>
        </p>
      </div>
      <PrintSheet scan={scan} catalogue={catalogue} strings={strings} />
    </>
  );
}

function DomainFieldset({
  domain,
  scan,
  strings,
  onChange,
}: {
  domain: ScanDomain;
  scan: Scan;
  strings: SchoolscanStrings;
  onChange: (answer: { rating?: Rating | null; seen?: string; going?: string }) => void;
}) {
  const answer = answerFor(scan, domain.id);
  const base = `domein-${domain.id}`;
  return (
    <fieldset class="fieldset domain-fieldset" id={base} aria-describedby={`${base}-hint`}>
      <legend class="domain-fieldset__legend">{domain.label}</legend>
      <div class="field-hint domain-fieldset__hint" id={`${base}-hint`}>
        <p>{domain.explanation}</p>
        <p>{strings.rating.promptsLabel}</p>
        <ul>
          {domain.prompts.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
      </div>
      <div class="choices choices--rating">
        {ratings.map((rating) => (
          <label class={`choice choice--${rating}`} key={rating}>
            <input
              type="radio"
              name={`${base}-rating`}
              value={rating}
              checked={answer.rating === rating}
              onChange={() => onChange({ rating })}
            />
            {strings.rating.options[rating]}
          </label>
        ))}
      </div>
      <div class="note-fields">
        {(['seen', 'going'] as const).map((note) => (
          <Field key={note} id={`${base}-${note}`} label={strings.rating[note]}>
            {(control) => (
              <textarea
                {...control}
                rows={3}
                maxLength={MAX_NOTE_LENGTH}
                value={answer[note]}
                onInput={(event) => onChange({ [note]: event.currentTarget.value })}
              />
            )}
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
