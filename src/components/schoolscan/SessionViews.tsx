/**
 * The team session's views (src/lib/scan/session.ts), loaded only when one is opened: the
 * invitation as a member opens it, the coordinator's overview with the invitation and the members,
 * the presentation one domain at a time, a member's "Stuur naar de coördinator", and what opening
 * a member's link does.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { today } from '../../lib/dates';
import type { SchoolscanStrings } from '../../lib/scan/island-strings';
// Loaded on use: its text comes with it, not in the page's HTML (see SchoolscanStrings).
import { sessionStrings } from '../../lib/i18n/session.nl';
import { newId } from '../../lib/ids';
import type { QrDrawing } from '../../lib/qr';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import { scanFromLinkPayload, scanLinkPayload, type LinkError } from '../../lib/scan/link';
import type { Scan } from '../../lib/scan/model';
import { readPastedLinks } from '../../lib/scan/paste';
import { scanHash } from '../../lib/scan/routes';
import { invitePath, inviteOf, isSession, type Invite } from '../../lib/scan/invite';
import { joinScan, ownMemberScan, receiveScan, sessionMembers, sessionsOn, type Received } from '../../lib/scan/session';
import { aggregateTeam, memberName } from '../../lib/scan/team';
import { format, isolate, plural } from '../../lib/text';
import { Field } from '../forms/Field';
import { UndoNotice, useRemoval } from '../tools/Removal';
import { useOnce } from '../tools/useOnce';
import type { ScanActions } from './actions';
import { RoleField } from './RoleField';
import type { TeamOverview } from './TeamOverview';

interface Common {
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
}

/** The address of this page with another fragment: what a link or QR code carries. */
const pageLink = (hash: string) => `${location.origin}${location.pathname}${hash}`;

const linkErrorText = (strings: SchoolscanStrings, error: LinkError) =>
  format(sessionStrings.linkErrors[error.code], {
    version: 'version' in error ? error.version : '',
    ids: 'ids' in error ? error.ids.join(', ') : '',
  });

const memberLabels = (strings: SchoolscanStrings) => ({ member: (n: number) => format(strings.team.member, { n }) });

type Receipt = { ok: false; message: string } | { ok: true; kept: Received; session: Scan | undefined; stored: boolean };

/** Reads a member's link and keeps its scan: one per member of a session, never over another scan. */
async function receive(payload: string, scans: readonly Scan[], { catalogue, strings, actions }: Common): Promise<Receipt> {
  const known = new Set(catalogue.domains.map((domain) => domain.id));
  const read = await scanFromLinkPayload(payload, known);
  if (!read.ok) return { ok: false, message: linkErrorText(strings, read.error) };
  const kept = receiveScan(scans, read.scan, newId(), new Date().toISOString());
  const changes = kept.kind === 'added' || kept.kind === 'copied' || kept.kind === 'updated';
  const stored = !changes || actions.put(kept.scan);
  const session = scans.find((scan) => scan.id === kept.scan.session && isSession(scan));
  return { ok: true, kept, session, stored };
}

/** What happened to one member's link, in one sentence. */
function receiptText(receipt: Extract<Receipt, { ok: true }>, name: string): string {
  const ss = sessionStrings;
  const { kept, session, stored } = receipt;
  if (!stored) return format(ss.receivedNotSaved, { title: kept.scan.title });
  if (kept.kind === 'known') return format(ss.receivedKnown, { name });
  if (kept.kind === 'older') return format(ss.receivedOlder, { name });
  if (!session) return format(ss.receivedLoose, { title: kept.scan.title });
  const text = format(kept.kind === 'updated' ? ss.receivedUpdated : ss.received, { name, title: session.title });
  return kept.kind === 'copied' ? `${text} ${ss.receivedCopy}` : text;
}

/** The name a member's notes are signed with in this session. */
function nameIn(scans: readonly Scan[], scan: Scan, strings: SchoolscanStrings): string {
  const position = scan.session ? sessionMembers(scans, scan.session).findIndex((item) => item.id === scan.id) + 1 : 1;
  return memberName(scan, Math.max(position, 1), memberLabels(strings));
}

function CopyLink({ link, label }: { link: string; label: string }) {
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(sessionStrings.copied);
    } catch {
      field.current?.select();
      setCopied(sessionStrings.copyFailed);
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
          {sessionStrings.copy}
        </button>
        <span class="session-copied" role="status">
          {copied}
        </span>
      </p>
    </>
  );
}

/**
 * The invitation as a member opens it: the session's name and one tap to start (the details come
 * from the invitation); on a device that already started a scan for it, that scan, to go on with.
 */
export function JoinView({ invite, scans, catalogue, strings, actions }: Common & { invite: Invite; scans: readonly Scan[] }) {
  const ss = sessionStrings;
  const own = ownMemberScan(scans, invite.session);
  const here = scans.some((scan) => scan.id === invite.session && isSession(scan));
  const [role, setRole] = useState('');
  const once = useOnce();

  if (own)
    return (
      <div class="join">
        <p>{format(ss.joinAgain, { title: invite.title })}</p>
        <p class="button-row">
          <a class="button" href={scanHash({ view: 'rate', id: own.id })}>
            {ss.joinContinue}
          </a>
          <a
            class="button button--secondary"
            href={scanHash(here ? { view: 'session', id: invite.session } : { view: 'share', id: own.id })}
          >
            {here ? ss.toSession : ss.sendLink}
          </a>
        </p>
      </div>
    );

  const start = (event: Event) => {
    event.preventDefault();
    once.run(() => {
      const now = new Date().toISOString();
      const scan = joinScan(invite, role, catalogue.domains, { id: newId(), member: newId(), now, today: today() });
      actions.put(scan, format(strings.details.created, { title: scan.title }));
      actions.go({ view: 'rate', id: scan.id });
    });
  };
  return (
    <form class="join" onSubmit={start}>
      <p>{format(ss.joinIntro, { title: invite.title })}</p>
      <RoleField label={strings.details.role} hint={ss.joinRoleHint} value={role} onInput={setRole} />
      <p class="button-row">
        <button type="submit" class="button">
          {strings.details.start}
        </button>
      </p>
      <p class="field-hint">
        {format(ss.joinDetails, {
          level: strings.details.levels[invite.level],
          schoolType: strings.details.schoolTypes[invite.schoolType],
        })}
      </p>
    </form>
  );
}

/**
 * The coordinator's overview: the invitation (link and QR code), the members, the team overview, the
 * discussion. The team overview is a chunk of its own, which the members' views do not load: the
 * island loads it with this view and hands it in.
 */
export function SessionView({
  session,
  scans,
  Overview,
  ...common
}: Common & { session: Scan; scans: readonly Scan[]; Overview: typeof TeamOverview }) {
  const { strings, actions } = common;
  const ss = sessionStrings;
  const members = sessionMembers(scans, session.id);
  const rows = members.length ? aggregateTeam(members, common.catalogue.domains) : [];
  const invite = inviteOf(session);
  const inviteLink = pageLink(`#${invitePath(invite)}`);
  const own = ownMemberScan(scans, session.id);
  const [qr, setQr] = useState<QrDrawing | null>(null);
  const [pasted, setPasted] = useState('');
  const [report, setReport] = useState<string[]>([]);
  const removal = useRemoval(actions.remove, actions.restore);

  useEffect(() => {
    let live = true;
    void import('../../lib/qr').then(({ qrDrawing }) => live && setQr(qrDrawing(inviteLink)));
    return () => {
      live = false;
    };
  }, [inviteLink]);

  const addPasted = async (event: Event) => {
    event.preventDefault();
    let stored = [...scans];
    const lines: string[] = [];
    const links = await readPastedLinks(pasted, async (payload) => {
      const receipt = await receive(payload, stored, common);
      if (receipt.ok && receipt.stored && receipt.kept.kind !== 'known' && receipt.kept.kind !== 'older')
        stored = [...stored.filter((scan) => scan.id !== receipt.kept.scan.id), receipt.kept.scan];
      return receipt;
    });
    links.forEach(({ result }, index) => {
      const text = result.ok ? receiptText(result, nameIn(stored, result.kept.scan, strings)) : result.message;
      lines.push(format(ss.pasteLine, { n: index + 1, message: text }));
    });
    const shown = links.length ? lines : [ss.pasteNone];
    setReport(shown);
    actions.announce(shown.join(' '));
    if (links.length && links.every(({ result }) => result.ok)) setPasted('');
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
          <CopyLink link={inviteLink} label={ss.inviteLinkLabel} />
        </div>
      </div>

      <h3>{ss.collectedHeading}</h3>
      {removal.removed && (
        <UndoNotice
          text={format(ss.memberRemoved, { title: nameIn([...scans, removal.removed], removal.removed, strings) })}
          undo={strings.list.undo}
          onUndo={removal.undo}
        />
      )}
      <p role="status">{members.length ? plural(members.length, ss.collected) : ss.noneCollected}</p>
      {members.length > 0 && (
        <ol class="session-members">
          {members.map((scan, index) => {
            const name = memberName(scan, index + 1, memberLabels(strings));
            return (
              <li key={scan.id}>
                <span class="user-text" data-open={scan.id}>
                  {name}
                </span>
                {scan === own && <> ({ss.yourScan})</>}{' '}
                <button
                  type="button"
                  class="link-button print-hidden"
                  data-delete={scan.id}
                  aria-label={format(ss.removeMemberLabel, { name })}
                  onClick={() => removal.confirm(scan.id)}
                >
                  {ss.removeMember}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <p class="button-row print-hidden">
        <a class="button button--secondary" href={own ? scanHash({ view: 'rate', id: own.id }) : `#${invitePath(invite)}`}>
          {own ? ss.ownContinue : ss.rateYourself}
        </a>
      </p>
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

      {members.length > 0 && <Overview rows={rows} strings={strings} />}

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

/** A member's scan as a link for the coordinator: what it holds, who can read it, then share or copy. */
export function ShareView({ scan, strings }: Common & { scan: Scan }) {
  const ss = sessionStrings;
  const [link, setLink] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void scanLinkPayload(scan, new Date().toISOString()).then((payload) => live && setLink(pageLink(`#lid/${payload}`)));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- A new link when the scan's content changed (its updatedAt), not for every new object that holds the same scan.
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
          <CopyLink link={link} label={ss.linkLabel} />
          <p class="field-hint">{format(ss.linkLength, { count: link.length })}</p>
        </>
      ) : (
        <p role="status">{ss.making}</p>
      )}
    </div>
  );
}

/**
 * Opening a member's link: the scan is kept (one per member, never over another scan), then on to
 * the session. On a device without that session: how to get it there, or add it to a session here.
 */
export function ReceiveView({ payload, scans, ...common }: Common & { payload: string; scans: readonly Scan[] }) {
  const { strings, actions } = common;
  const ss = sessionStrings;
  const [outcome, setOutcome] = useState<{ message: string; receipt: Receipt } | null>(null);
  const once = useOnce();
  const scansRef = useRef(scans);
  scansRef.current = scans;

  useEffect(() => {
    once.run(() => {
      void receive(payload, scansRef.current, common).then((receipt) => {
        const message = receipt.ok
          ? receiptText(receipt, nameIn([...scansRef.current, receipt.kept.scan], receipt.kept.scan, strings))
          : receipt.message;
        setOutcome({ message, receipt });
        if (receipt.ok) actions.announce(message);
      });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- A link is read and kept once (useOnce); scans are read through scansRef, and strings and actions do not change what is kept.
  }, [payload]);

  if (!outcome) return <p role="status">{ss.reading}</p>;
  const { receipt } = outcome;
  if (!receipt.ok)
    return (
      <div class="error-summary" role="alert">
        <h3 class="error-summary__title">{ss.linkErrorTitle}</h3>
        <p>{outcome.message}</p>
        <p>
          <a href={scanHash({ view: 'list' })}>{strings.nav.backToList}</a>
        </p>
      </div>
    );
  const scan = scans.find((item) => item.id === receipt.kept.scan.id) ?? receipt.kept.scan;
  const loose = !receipt.session && scan.session !== undefined && !scans.some((item) => item.id === scan.session && isSession(item));
  return (
    <div class="receive">
      <p role="status">{outcome.message}</p>
      {receipt.session ? (
        <p class="button-row">
          <a class="button" href={scanHash({ view: 'session', id: receipt.session.id })}>
            {format(ss.listLink, { title: receipt.session.title })}
          </a>
        </p>
      ) : (
        <>
          {loose && <p>{ss.otherDevice}</p>}
          {loose && <AddToSession scan={scan} sessions={sessionsOn(scans)} {...common} />}
          <p class="button-row">
            <a class="button button--secondary" href={scanHash({ view: 'result', id: scan.id })}>
              {strings.nav.toResult}
            </a>
          </p>
        </>
      )}
    </div>
  );
}

/** "Voeg toe aan een teamsessie": a member's scan that came to a device without its session, added to a session there. */
function AddToSession({ scan, sessions, actions }: Common & { scan: Scan; sessions: readonly Scan[] }) {
  const ss = sessionStrings;
  const [chosen, setChosen] = useState(sessions[0]?.id ?? '');
  if (sessions.length === 0) return null;
  const add = (event: Event) => {
    event.preventDefault();
    const session = sessions.find((item) => item.id === chosen);
    if (!session) return;
    actions.put({ ...scan, session: session.id, updatedAt: new Date().toISOString() }, format(ss.addedToSession, { title: session.title }));
    actions.go({ view: 'session', id: session.id });
  };
  return (
    <form class="receive__add" onSubmit={add}>
      <Field label={ss.addToSessionLabel}>
        {(control) => (
          <select {...control} value={chosen} onChange={(event) => setChosen(event.currentTarget.value)}>
            {sessions.map((session) => (
              <option key={session.id} value={session.id}>
                {isolate(session.title)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p class="button-row">
        <button type="submit" class="button">
          {ss.addToSession}
        </button>
      </p>
    </form>
  );
}
