/**
 * The team session on the projector: one domain at a time, the domains where members differ most
 * first. It covers the whole screen without the site around it (present.css), so the domain, the
 * team's answers, the notes and the decision fit one screen; the browser's full screen is a button
 * away. The team's agreement is saved as it is chosen. What each key does and which notes are
 * folded is decided in src/lib/scan/present.ts.
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SchoolscanStrings } from '../../lib/scan/island-strings';
// Loaded on use: its text comes with it, not in the page's HTML (see SchoolscanStrings).
import { presentStrings as ps } from '../../lib/i18n/present.nl';
import { sessionStrings } from '../../lib/i18n/session.nl';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import type { Scan } from '../../lib/scan/model';
import { isLongNote, presentMove, presentTarget } from '../../lib/scan/present';
import { ratings, type Rating } from '../../lib/scan/ratings';
import { scanHash } from '../../lib/scan/routes';
import { answerFor, setRating } from '../../lib/scan/scan';
import { agreedScan, discussionOrder, sessionMembers } from '../../lib/scan/session';
import { aggregateTeam } from '../../lib/scan/team';
import { format } from '../../lib/text';
import { ChoiceGroup } from '../forms/ChoiceGroup';
import { useFieldId } from '../forms/ids';
import { useOnce } from '../tools/useOnce';
import type { ScanActions } from './actions';

interface Props {
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
  session: Scan;
  scans: readonly Scan[];
  /** The domain shown; null for the first in the order of discussion. */
  domain: string | null;
}

/** The browser's full screen for `target`, where the browser offers it; it ends when the presentation closes. */
function useFullScreen(target: RefObject<HTMLElement>) {
  const [available] = useState(() => typeof document !== 'undefined' && document.fullscreenEnabled === true);
  const [on, setOn] = useState(false);
  useEffect(() => {
    if (!available) return;
    const changed = () => setOn(Boolean(document.fullscreenElement) && document.fullscreenElement === target.current);
    document.addEventListener('fullscreenchange', changed);
    return () => {
      document.removeEventListener('fullscreenchange', changed);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [available, target]);
  // A refusal (the browser asks for a click first, or a policy forbids it) leaves the presentation as it is.
  const toggle = () =>
    void (document.fullscreenElement ? document.exitFullscreen() : target.current?.requestFullscreen({ navigationUI: 'hide' }))?.catch(
      () => undefined,
    );
  return { available, on, toggle };
}

interface NoteGroup {
  heading: string;
  notes: string[];
}

/** The members' notes on one domain, each long note folded to a few lines until it is opened. */
function Notes({ groups }: { groups: NoteGroup[] }) {
  const id = useFieldId();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string, button: HTMLButtonElement) => {
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(key)) next.add(key);
      return next;
    });
    // A note folded again leaves its button where the reader was, not above the notes in view.
    requestAnimationFrame(() => button.scrollIntoView?.({ block: 'nearest' }));
  };
  return (
    // It scrolls on its own when open notes are longer than the screen: the keyboard can reach it.
    <section class="present__notes" aria-label={ps.notesLabel} tabIndex={0}>
      {groups.map((group, at) => (
        <div key={group.heading}>
          <h4>{group.heading}</h4>
          {group.notes.length ? (
            <ul class="present__note-list">
              {group.notes.map((note, index) => {
                const key = `${at}-${index}`;
                const long = isLongNote(note);
                const expanded = open.has(key);
                return (
                  <li key={key}>
                    <p id={`${id}-${key}`} class={long && !expanded ? 'present__note present__note--folded' : 'present__note'}>
                      {note}
                    </p>
                    {long && (
                      <button
                        type="button"
                        class="present__more"
                        aria-expanded={expanded}
                        aria-controls={`${id}-${key}`}
                        onClick={(event) => toggle(key, event.currentTarget)}
                      >
                        {expanded ? ps.readLess : ps.readMore}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p>{ps.noNotes}</p>
          )}
        </div>
      ))}
    </section>
  );
}

/** One domain at a time on the projector, the domains to discuss first; the team's agreement is saved as it is chosen. */
export function PresentView({ session, scans, domain, catalogue, strings, actions }: Props) {
  const ss = sessionStrings;
  const members = sessionMembers(scans, session.id);
  const rows = discussionOrder(aggregateTeam(members, catalogue.domains));
  const index = Math.max(
    0,
    rows.findIndex((row) => row.domain.id === domain),
  );
  const row = rows[index];
  const root = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useFieldId();
  const fullScreen = useFullScreen(root);
  const [notSaved, setNotSaved] = useState(false);

  const go = (to: number) => {
    const target = rows[to];
    if (!target) return;
    actions.go({ view: 'present', id: session.id, domain: target.domain.id });
    actions.announce(`${format(ps.position, { n: to + 1, total: rows.length })}: ${target.domain.label}`);
  };
  const latest = useRef({ go, index, count: rows.length });
  latest.current = { go, index, count: rows.length };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const move = presentMove({
        key: event.key,
        modified: event.altKey || event.ctrlKey || event.metaKey || event.shiftKey,
        inField: Boolean(target?.isContentEditable || target?.closest('textarea, select, input:not([type="radio"], [type="checkbox"])')),
        onRadio: target instanceof HTMLInputElement && target.type === 'radio',
        fullScreen: Boolean(document.fullscreenElement),
      });
      if (!move) return;
      event.preventDefault();
      if (move === 'leave') {
        actions.go({ view: 'session', id: session.id });
        return;
      }
      const { go: goTo, index: at, count } = latest.current;
      const to = presentTarget(move, at, count);
      if (to !== null) goTo(to);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Listens once per session: the values that change (go, index, count) are read through `latest`, and actions.go only changes the address.
  }, [session.id]);

  // Each domain is announced by its heading taking focus. Focus never stays on the page hidden
  // behind the presentation (the tool's own view heading takes it on every change of address).
  useEffect(() => heading.current?.focus(), [row?.domain.id]);
  useEffect(() => {
    const keepInside = (event: FocusEvent) => {
      if (root.current && event.target instanceof Node && !root.current.contains(event.target)) heading.current?.focus();
    };
    document.addEventListener('focusin', keepInside);
    return () => document.removeEventListener('focusin', keepInside);
  }, []);

  // Before the first paint, so the page behind never shows under the presentation (present.css).
  const shown = Boolean(row);
  useLayoutEffect(() => {
    if (!shown) return;
    document.documentElement.classList.add('presenting');
    return () => document.documentElement.classList.remove('presenting');
  }, [shown]);

  const once = useOnce();
  const finish = () =>
    once.run(() => {
      const agreed = Object.fromEntries(catalogue.domains.map((item) => [item.id, answerFor(session, item.id).rating]));
      const labels = { member: (n: number) => format(strings.team.member, { n }) };
      const saved = agreedScan(session, members, agreed, catalogue.domains, new Date().toISOString(), labels);
      actions.put(saved, format(ps.finished, { title: session.title }));
      actions.go({ view: 'result', id: session.id });
    });

  if (!row) return <p>{ss.needMembers}</p>;
  const notes = (field: 'seen' | 'going') => members.map((scan) => answerFor(scan, row.domain.id)[field].trim()).filter(Boolean);
  const agreed = answerFor(session, row.domain.id).rating;
  const choose = (rating: Rating) => setNotSaved(!actions.put(setRating(session, row.domain.id, rating, new Date().toISOString())));

  return (
    <section class="present" ref={root} aria-labelledby={titleId}>
      <div class="present__bar print-hidden">
        <h2 class="present__title" id={titleId}>
          {format(ss.presentHeading, { title: session.title })}
        </h2>
        <p class="present__tools">
          {fullScreen.available && (
            <button type="button" class="button button--secondary" aria-pressed={fullScreen.on} onClick={fullScreen.toggle}>
              {ps.fullScreen}
            </button>
          )}
          <a class="button button--secondary" href={scanHash({ view: 'session', id: session.id })}>
            {ps.leave}
          </a>
        </p>
      </div>
      <div class="present__head">
        <p class="present__position">{format(ps.position, { n: index + 1, total: rows.length })}</p>
        {row.discuss && <p class="present__flag">{ps.toDiscuss}</p>}
        <h3 class="present__domain" ref={heading} tabIndex={-1}>
          {row.domain.label}
        </h3>
      </div>
      <div class="present__body">
        <div class="present__team">
          <h4>{ps.answers}</h4>
          <ul class="present__counts">
            {ratings.map((rating) => (
              <li key={rating}>
                <span class="present__count">{row.counts[rating]}</span> {strings.rating.options[rating]}
              </li>
            ))}
          </ul>
          <ChoiceGroup<Rating>
            type="radio"
            legend={ps.agreedLegend}
            options={ratings.map((rating) => ({ value: rating, label: strings.rating.options[rating] }))}
            isChecked={(rating) => agreed === rating}
            onChange={choose}
            choicesClass="choices--rating"
            variant="outer"
          />
          {notSaved && (
            <p class="field-error" role="alert">
              {ps.notSaved}
            </p>
          )}
        </div>
        <Notes
          key={row.domain.id}
          groups={[
            { heading: ps.notesSeen, notes: notes('seen') },
            { heading: ps.notesGoing, notes: notes('going') },
          ]}
        />
      </div>
      <div class="present__foot print-hidden">
        <p class="present__keys">{ps.keys}</p>
        <p class="present__moves">
          {index > 0 && (
            <button type="button" class="button button--secondary" onClick={() => go(index - 1)}>
              {ps.previous}
            </button>
          )}
          {index < rows.length - 1 ? (
            <button type="button" class="button" onClick={() => go(index + 1)}>
              {ps.next}
            </button>
          ) : (
            <button type="button" class="button" onClick={finish}>
              {ps.finish}
            </button>
          )}
        </p>
      </div>
    </section>
  );
}
