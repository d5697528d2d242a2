/** Rating the domains: one fieldset per domain, its explanation and prompts as hints, two notes. */
import type { SchoolscanStrings } from '../../lib/scan/island-strings';
import type { ScanCatalogue, ScanDomain } from '../../lib/scan/catalogue';
import { MAX_NOTE_LENGTH } from '../../lib/limits';
import type { Scan } from '../../lib/scan/model';
import { ratings, type Rating } from '../../lib/scan/ratings';
import { scanHash } from '../../lib/scan/routes';
import { answerFor, progress, updateAnswer } from '../../lib/scan/scan';
import { isMemberScan } from '../../lib/scan/invite';
import { MemberNext } from './MemberNext';
import { format } from '../../lib/text';
import { useRef } from 'preact/hooks';
import { PrintSheet } from './PrintSheet';
import { ScanNav } from './ScanNav';
import { LimitedText } from '../forms/LimitedText';
import type { ScanActions } from './actions';

interface Props {
  scan: Scan;
  /** For a member's scan in a team session: whether the session is on this device. */
  sessionHere: boolean;
  /** The domain of the worry the scan started from: named above the domains, one tap from it. */
  concern?: ScanDomain;
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
}

export function RatingView({ scan, sessionHere, concern, catalogue, strings, actions }: Props) {
  const { rated, total } = progress(scan, catalogue.domains);
  const change = (domainId: string, answer: Parameters<typeof updateAnswer>[2]) =>
    actions.put(updateAnswer(scan, domainId, answer, new Date().toISOString()));

  return (
    <>
      <ScanNav id={scan.id} current="rate" strings={strings} />
      <div class="scan-rating print-hidden">
        {concern && (
          <p class="started-from">
            <strong>{format(strings.details.startedFrom, { concern: concern.everyday })}</strong>{' '}
            <a href={`#domein-${concern.id}`} onClick={(event) => goToDomain(event, concern.id)}>
              {strings.details.toConcern}
            </a>
          </p>
        )}
        <p>{strings.rating.intro}</p>
        <p>{strings.rating.noteHint}</p>
        <RatingBar scan={scan} catalogue={catalogue} strings={strings} rated={rated} total={total} />
        {catalogue.domains.map((domain) => (
          <DomainFieldset key={domain.id} domain={domain} scan={scan} strings={strings} onChange={(answer) => change(domain.id, answer)} />
        ))}
        {isMemberScan(scan) ? (
          <MemberNext scan={scan} sessionHere={sessionHere} strings={strings} />
        ) : (
          <p class="button-row">
            <a class="button" href={scanHash({ view: 'result', id: scan.id })}>
              {strings.nav.toResult}
            </a>
          </p>
        )}
      </div>
      <PrintSheet scan={scan} catalogue={catalogue} strings={strings} />
    </>
  );
}

/**
 * Stays in view while rating: how far the scan is, a way to any domain, and the result. On a phone
 * the eleven domains are a long page; this keeps every part of it one tap away.
 */
function RatingBar({
  scan,
  catalogue,
  strings,
  rated,
  total,
}: {
  scan: Scan;
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  rated: number;
  total: number;
}) {
  const jump = useRef<HTMLDetailsElement>(null);
  const goTo = (domainId: string) => {
    if (jump.current) jump.current.open = false;
    focusDomain(domainId);
  };
  return (
    <div class="rating-bar">
      <p class="tool-progress rating-bar__progress">
        <progress max={total} value={rated} aria-hidden="true" /> <span>{format(strings.rating.progress, { rated, total })}</span>
      </p>
      <div class="rating-bar__links">
        <details class="rating-bar__jump" ref={jump}>
          <summary>{strings.rating.jump}</summary>
          <ul role="list">
            {catalogue.domains.map((domain) => {
              const { rating } = answerFor(scan, domain.id);
              return (
                <li key={domain.id}>
                  <button type="button" class="link-button" onClick={() => goTo(domain.id)}>
                    {domain.label}
                    <span class="rating-bar__status">{rating ? strings.rating.options[rating] : strings.result.noRating}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </details>
        <a href={scanHash({ view: 'result', id: scan.id })}>{strings.nav.toResult}</a>
      </div>
    </div>
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
          <LimitedText
            key={note}
            id={`${base}-${note}`}
            label={strings.rating[note]}
            rows={3}
            max={MAX_NOTE_LENGTH}
            value={answer[note]}
            onInput={(text) => onChange({ [note]: text })}
            strings={strings.count}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** Brings a domain's fieldset to the top of the screen and focuses its choice (or its first). */
function focusDomain(domainId: string) {
  const fieldset = document.getElementById(`domein-${domainId}`);
  fieldset?.scrollIntoView?.({ block: 'start' });
  const radios = [...(fieldset?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])];
  (radios.find((radio) => radio.checked) ?? radios[0])?.focus({ preventScroll: true });
}

/** A link to a domain on this page: the domain comes into view, the address stays the scan's. */
function goToDomain(event: Event, domainId: string) {
  event.preventDefault();
  focusDomain(domainId);
}
