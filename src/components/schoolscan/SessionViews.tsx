/**
 * The team session's views (src/lib/scan/session.ts), loaded only when one is opened: the
 * coordinator's overview with the invitation, the presentation one domain at a time, a member's
 * "Stuur naar de coördinator", and what opening a member's link does.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import { newId } from '../../lib/ids';
import type { QrDrawing } from '../../lib/qr';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import { scanFromLinkPayload, scanLinkPayload, type LinkError } from '../../lib/scan/link';
import type { Scan } from '../../lib/scan/model';
import { scanHash } from '../../lib/scan/routes';
import { invitePath, inviteOf, isSession, receiveScan, sessionMembers } from '../../lib/scan/session';
import { aggregateTeam, memberName } from '../../lib/scan/team';
import { format, plural } from '../../lib/text';
import { Field } from '../forms/Field';
import { useOnce } from '../tools/useOnce';
import type { ScanActions } from './actions';
import { TeamOverview } from './TeamOverview';
import './session.css';

interface Common {
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
}

/** The address of this page with another fragment: what a link or QR code carries. */
const pageLink = (hash: string) => `${location.origin}${location.pathname}${hash}`;

const linkErrorText = (strings: SchoolscanStrings, error: LinkError) =>
  format(strings.session.linkErrors[error.code], {
    version: 'version' in error ? error.version : '',
    ids: 'ids' in error ? error.ids.join(', ') : '',
  });

/** The payload of a link to this site's schoolscan ("…/schoolscan/#lid/1.…"), or the text itself when it is only the payload. */
function payloadOf(text: string): string {
  const at = text.indexOf('#lid/');
  return at === -1 ? text : text.slice(at + '#lid/'.length);
}

/** Stores a member's scan from a link, never over a stored scan; says what happened. */
async function receive(payload: string, scans: readonly Scan[], { catalogue, strings, actions }: Common) {
  const known = new Set(catalogue.domains.map((domain) => domain.id));
  const read = await scanFromLinkPayload(payload, known);
  if (!read.ok) return { ok: false as const, message: linkErrorText(strings, read.error) };
  const kept = receiveScan(scans, read.scan, newId());
  const stored = kept.kind === 'known' || actions.put(kept.scan);
  const session = scans.find((scan) => scan.id === kept.scan.session && isSession(scan));
  return { ok: true as const, kept, session, stored };
}

function CopyLink({ link, label, strings, actions }: { link: string; label: string; strings: SchoolscanStrings; actions: ScanActions }) {
  const field = useRef<HTMLTextAreaElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      actions.announce(strings.session.copied);
    } catch {
      field.current?.select();
      actions.announce(strings.session.copyFailed);
    }
  };
  return (
    <>
      <Field label={label}>
        {(control) => (
          <textarea {...control} ref={field} class="session-link" readOnly rows={3} value={link} onFocus={() => field.current?.select()} />
        )}
      </Field>
      <p class="button-row">
        <button type="button" class="button button--secondary" onClick={copy}>
          {strings.session.copy}
        </button>
      </p>
    </>
  );
}

/** The coordinator's overview: the invitation (link and QR code), what came in, the team overview. */
export function SessionView({ session, scans, ...common }: Common & { session: Scan; scans: readonly Scan[] }) {
  const { catalogue, strings, actions } = common;
  const ss = strings.session;
  const members = sessionMembers(scans, session.id);
  const rows = members.length ? aggregateTeam(members, catalogue.domains) : [];
  const invite = pageLink(`#${invitePath(inviteOf(session))}`);
  const [qr, setQr] = useState<QrDrawing | null>(null);
  const [pasted, setPasted] = useState('');
  const [report, setReport] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    void import('../../lib/qr').then(({ qrDrawing }) => live && setQr(qrDrawing(invite)));
    return () => {
      live = false;
    };
  }, [invite]);

  const addPasted = async (event: Event) => {
    event.preventDefault();
    const links = pasted.split(/\s+/).filter(Boolean);
    if (!links.length) {
      setReport([ss.pasteNone]);
      return;
    }
    let stored = [...scans];
    let added = 0;
    let known = 0;
    const problems: string[] = [];
    for (const [index, link] of links.entries()) {
      const result = await receive(payloadOf(link), stored, common);
      if (!result.ok) problems.push(format(ss.pasteProblem, { n: index + 1, message: result.message }));
      else if (!result.stored)
        problems.push(format(ss.pasteProblem, { n: index + 1, message: format(ss.receivedNotSaved, { title: result.kept.scan.title }) }));
      else if (result.kept.kind === 'known') known += 1;
      else {
        added += 1;
        stored = [...stored, result.kept.scan];
      }
    }
    const lines = [...(added ? [plural(added, ss.pasteResult)] : []), ...(known ? [plural(known, ss.pasteKnown)] : []), ...problems];
    setReport(lines);
    actions.announce(lines.join(' '));
    if (!problems.length) setPasted('');
  };

  return (
    <div class="session">
      <p class="print-hidden">
        <a href={scanHash({ view: 'list' })}>{strings.nav.backToList}</a>
      </p>
      <h3>{ss.inviteHeading}</h3>
      <p>{ss.inviteIntro}</p>
      <div class="session-invite">
        {qr && (
          <svg
            class="session-invite__qr"
            viewBox={`0 0 ${qr.size} ${qr.size}`}
            role="img"
            aria-label={ss.qrLabel}
            shape-rendering="crispEdges"
          >
            <rect width={qr.size} height={qr.size} fill="#fff" />
            <path d={qr.path} fill="#000" />
          </svg>
        )}
        <div class="session-invite__link">
          <CopyLink link={invite} label={ss.inviteLinkLabel} strings={strings} actions={actions} />
        </div>
      </div>

      <h3>{ss.collectedHeading}</h3>
      <p role="status">{members.length ? plural(members.length, ss.collected) : ss.noneCollected}</p>
      {members.length > 0 && (
        <ol>
          {members.map((scan, index) => (
            <li key={scan.id}>{memberName(scan, index + 1, { member: (n) => format(strings.team.member, { n }) })}</li>
          ))}
        </ol>
      )}
      <form class="print-hidden" onSubmit={addPasted}>
        <Field label={ss.pasteLabel} hint={ss.pasteHint}>
          {(control) => <textarea {...control} rows={3} value={pasted} onInput={(event) => setPasted(event.currentTarget.value)} />}
        </Field>
        <p class="button-row">
          <button type="submit" class="button button--secondary">
            {ss.pasteButton}
          </button>
        </p>
        {report.length > 0 && (
          <ul class="session-report">
            {report.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </form>

      {members.length > 0 && <TeamOverview rows={rows} strings={strings} />}

      <h3>{ss.discussHeading}</h3>
      <p>{ss.discussIntro}</p>
      {members.length > 0 ? (
        <p class="button-row print-hidden">
          <a class="button" href={scanHash({ view: 'present', id: session.id, domain: null })}>
            {ss.present}
          </a>
        </p>
      ) : (
        <p>{ss.needMembers}</p>
      )}
    </div>
  );
}

export { PresentView } from './PresentView';

/** A member's scan as a link for the coordinator: what it holds, who can read it, then share or copy. */
export function ShareView({ scan, strings, actions }: Common & { scan: Scan }) {
  const ss = strings.session;
  const [link, setLink] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void scanLinkPayload(scan, new Date().toISOString()).then((payload) => live && setLink(pageLink(`#lid/${payload}`)));
    return () => {
      live = false;
    };
  }, [scan.updatedAt]);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  return (
    <div class="share">
      <p class="print-hidden">
        <a href={scanHash({ view: 'result', id: scan.id })}>{strings.nav.toResult}</a>
      </p>
      <p>{ss.sendContents}</p>
      <p>
        <strong>{ss.sendWho}</strong>
      </p>
      {link ? (
        <>
          {canShare && (
            <p class="button-row">
              <button
                type="button"
                class="button"
                onClick={() =>
                  void navigator.share({ title: format(ss.shareTitle, { title: scan.title }), url: link }).catch(() => undefined)
                }
              >
                {ss.share}
              </button>
            </p>
          )}
          <CopyLink link={link} label={ss.linkLabel} strings={strings} actions={actions} />
          <p class="field-hint">{format(ss.linkLength, { count: link.length })}</p>
        </>
      ) : (
        <p role="status">{ss.making}</p>
      )}
    </div>
  );
}

/** Opening a member's link: the scan is stored (never over another), then on to the session. */
export function ReceiveView({ payload, scans, ...common }: Common & { payload: string; scans: readonly Scan[] }) {
  const { strings } = common;
  const ss = strings.session;
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string; session?: Scan; scan?: Scan } | null>(null);
  const once = useOnce();
  const scansRef = useRef(scans);
  scansRef.current = scans;

  useEffect(() => {
    once.run(() => {
      void receive(payload, scansRef.current, common).then((result) => {
        if (!result.ok) {
          setOutcome({ ok: false, message: result.message });
          return;
        }
        const { kept, session } = result;
        const position = session
          ? sessionMembers([...scansRef.current, kept.scan], session.id).findIndex((scan) => scan.id === kept.scan.id) + 1
          : 1;
        const name = memberName(kept.scan, Math.max(position, 1), { member: (n) => format(strings.team.member, { n }) });
        const message = !result.stored
          ? format(ss.receivedNotSaved, { title: kept.scan.title })
          : kept.kind === 'known'
            ? ss.receivedKnown
            : session
              ? format(ss.received, { name, title: session.title })
              : format(ss.receivedLoose, { title: kept.scan.title });
        setOutcome({ ok: true, message: kept.kind === 'copied' ? `${message} ${ss.receivedCopy}` : message, session, scan: kept.scan });
        common.actions.announce(message);
      });
    });
  }, [payload]);

  if (!outcome) return <p role="status">{ss.reading}</p>;
  if (!outcome.ok)
    return (
      <div class="error-summary" role="alert">
        <h3 class="error-summary__title">{ss.linkErrorTitle}</h3>
        <p>{outcome.message}</p>
        <p>
          <a href={scanHash({ view: 'list' })}>{strings.nav.backToList}</a>
        </p>
      </div>
    );
  return (
    <div class="receive">
      <p role="status">{outcome.message}</p>
      <p class="button-row">
        {outcome.session ? (
          <a class="button" href={scanHash({ view: 'session', id: outcome.session.id })}>
            {format(ss.listLink, { title: outcome.session.title })}
          </a>
        ) : (
          outcome.scan && (
            <a class="button" href={scanHash({ view: 'result', id: outcome.scan.id })}>
              {strings.nav.toResult}
            </a>
          )
        )}
      </p>
    </div>
  );
}
