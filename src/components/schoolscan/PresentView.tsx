/**
 * The team session on the projector: one domain at a time, the domains where members differ most
 * first, with the team's agreement saved as it is chosen.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import type { Scan } from '../../lib/scan/model';
import { ratings, type Rating } from '../../lib/scan/ratings';
import { scanHash } from '../../lib/scan/routes';
import { answerFor, setRating } from '../../lib/scan/scan';
import { agreedScan, discussionOrder, sessionMembers } from '../../lib/scan/session';
import { aggregateTeam } from '../../lib/scan/team';
import { format } from '../../lib/text';
import { ChoiceGroup } from '../forms/ChoiceGroup';
import { useOnce } from '../tools/useOnce';
import type { ScanActions } from './actions';
import './present.css';

interface Props {
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
  session: Scan;
  scans: readonly Scan[];
  /** The domain shown; null for the first in the order of discussion. */
  domain: string | null;
}

/** One domain at a time on the projector, the domains to discuss first; the team's agreement is saved as it is chosen. */
export function PresentView({ session, scans, domain, catalogue, strings, actions }: Props) {
  const ss = strings.session;
  const members = sessionMembers(scans, session.id);
  const rows = discussionOrder(aggregateTeam(members, catalogue.domains));
  const index = Math.max(
    0,
    rows.findIndex((row) => row.domain.id === domain),
  );
  const row = rows[index];
  const go = (to: number) => {
    const target = rows[to];
    if (!target) return;
    actions.go({ view: 'present', id: session.id, domain: target.domain.id });
    actions.announce(`${format(ss.position, { n: to + 1, total: rows.length })}: ${target.domain.label}`);
  };
  const indexRef = useRef(index);
  indexRef.current = index;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.altKey || event.ctrlKey || event.metaKey || target?.closest('input, textarea, select')) return;
      if (event.key === 'ArrowRight') go(indexRef.current + 1);
      else if (event.key === 'ArrowLeft') go(indexRef.current - 1);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [rows.length, session.id]);

  // On the projector the domain, not the tool's introduction, fills the screen.
  const top = useRef<HTMLParagraphElement>(null);
  useEffect(() => top.current?.scrollIntoView({ block: 'start' }), [row?.domain.id]);

  const once = useOnce();
  const finish = () =>
    once.run(() => {
      const agreed = Object.fromEntries(catalogue.domains.map((item) => [item.id, answerFor(session, item.id).rating]));
      const labels = { member: (n: number) => format(strings.team.member, { n }) };
      const saved = agreedScan(session, members, agreed, catalogue.domains, new Date().toISOString(), labels);
      actions.put(saved, format(ss.finished, { title: session.title }));
      actions.go({ view: 'result', id: session.id });
    });

  if (!row) return <p>{ss.needMembers}</p>;
  const notes = (field: 'seen' | 'going') => members.map((scan) => answerFor(scan, row.domain.id)[field].trim()).filter(Boolean);
  const agreed = answerFor(session, row.domain.id).rating;

  return (
    <div class="present">
      <p class="print-hidden">
        <a href={scanHash({ view: 'session', id: session.id })}>{ss.backToSession}</a>
      </p>
      <p class="present__position" ref={top}>
        {format(ss.position, { n: index + 1, total: rows.length })}
      </p>
      <h3 class="present__domain">{row.domain.label}</h3>
      {row.discuss && <p class="present__flag">{ss.toDiscuss}</p>}
      <h4>{ss.answers}</h4>
      <ul class="present__counts">
        {ratings.map((rating) => (
          <li key={rating}>
            <span class="present__count">{row.counts[rating]}</span> {strings.rating.options[rating]}
          </li>
        ))}
      </ul>
      {(['seen', 'going'] as const).map((field) => {
        const list = notes(field);
        return (
          <div key={field}>
            <h4>{field === 'seen' ? ss.notesSeen : ss.notesGoing}</h4>
            {list.length ? (
              <ul class="present__notes">
                {list.map((note, at) => (
                  <li key={at}>{note}</li>
                ))}
              </ul>
            ) : (
              <p>{ss.noNotes}</p>
            )}
          </div>
        );
      })}
      <ChoiceGroup<Rating>
        type="radio"
        legend={ss.agreedLegend}
        options={ratings.map((rating) => ({ value: rating, label: strings.rating.options[rating] }))}
        isChecked={(rating) => agreed === rating}
        onChange={(rating) => actions.put(setRating(session, row.domain.id, rating, new Date().toISOString()))}
        choicesClass="choices--rating"
        variant="outer"
      />
      <p class="field-hint">{ss.keys}</p>
      <div class="button-row print-hidden">
        {index > 0 && (
          <button type="button" class="button button--secondary" onClick={() => go(index - 1)}>
            {ss.previous}
          </button>
        )}
        {index < rows.length - 1 ? (
          <button type="button" class="button" onClick={() => go(index + 1)}>
            {ss.next}
          </button>
        ) : (
          <button type="button" class="button" onClick={finish}>
            {ss.finish}
          </button>
        )}
      </div>
    </div>
  );
}
