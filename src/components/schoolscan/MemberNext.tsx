/**
 * A member's next step in a team session, first of all: send the scan to the coordinator (or, on
 * the coordinator's own device, go back to the session). The team chooses the types later.
 */
import type { SchoolscanStrings } from '../../lib/scan/island-strings';
import type { Scan } from '../../lib/scan/model';
import { scanHash } from '../../lib/scan/routes';

interface Props {
  scan: Scan;
  /** True when the session itself is on this device: the coordinator rating as a member. */
  sessionHere: boolean;
  strings: SchoolscanStrings;
}

export function MemberNext({ scan, sessionHere, strings }: Props) {
  const ss = strings.session;
  return (
    <div class="member-next print-hidden">
      {!sessionHere && <p>{ss.memberNext}</p>}
      <p class="button-row">
        <a class="button" href={scanHash(sessionHere ? { view: 'session', id: scan.session! } : { view: 'share', id: scan.id })}>
          {sessionHere ? ss.toSession : ss.sendLink}
        </a>
      </p>
    </div>
  );
}
