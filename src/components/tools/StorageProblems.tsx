/**
 * The notices about saving that need more than a line (StorageNotice.tsx loads them when one is
 * due): what could not be stored, listed until it is stored or downloaded, with the room the
 * work takes; unreadable data set aside, with a download; and this tab's texts that another tab
 * replaced at the same moment, each with a way to put it back.
 */
import { downloadText } from '../../lib/files';
import { bytesOfTools } from '../../lib/registry';
import { setAsideFile } from '../../lib/tools/set-aside';
import { browserStorage } from '../../lib/tools/storage';
import { format, formatSize, plural } from '../../lib/text';
import type { NoticeProps } from './notices';

/** How many titles of unsaved records the notice names; the rest are counted. */
const NAMED = 5;

/** Bytes the work of the site's tools takes, or null when storage cannot be read. */
function siteBytes(): number | null {
  try {
    const store = browserStorage();
    return store ? bytesOfTools(store) : null;
  } catch {
    return null;
  }
}

export function StorageProblems({ state, strings: s, oldDataFileName }: NoticeProps) {
  const { loadStatus, unsaved, replaced } = state;
  const notices = [];

  if (loadStatus.kind === 'moved-aside') {
    const { items } = loadStatus;
    const reasons = [...new Set(items.map((item) => item.reason))];
    notices.push(
      <div class="notice notice--warning" role="alert" key="moved">
        {reasons.map((reason) => (
          <p key={reason}>{s[reason]}</p>
        ))}
        {items.some((item) => item.backupKey === null) && <p>{s.notBackedUp}</p>}
        <button
          type="button"
          class="button button--secondary"
          onClick={() => downloadText(oldDataFileName, setAsideFile(items.map((item) => item.raw)), 'application/json')}
        >
          {s.downloadOld}
        </button>
      </div>,
    );
  }
  if (replaced.length) {
    notices.push(
      <div class="notice notice--warning" role="alert" key="replaced">
        <p>{s.replaced}</p>
        <ul>
          {replaced.map((text) => (
            <li key={`${text.id} ${text.path}`}>
              <q class="user-text">{text.mine}</q>{' '}
              <button type="button" class="button button--secondary" onClick={() => state.putBack(text)}>
                {s.putBack}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" class="button button--secondary" onClick={state.dismissReplaced}>
          {s.dismiss}
        </button>
      </div>,
    );
  }
  const stuck = unsaved.filter((item) => item.problem !== 'unavailable');
  if (stuck.length) {
    const full = stuck.some((item) => item.problem === 'full');
    const records = stuck.filter((item) => item.title !== null);
    const names = stuck.map((item) => (item.title === null ? s.restName : item.title || s.untitled));
    const bytes = full ? siteBytes() : null;
    notices.push(
      <div class="notice notice--warning" role="alert" key="unsaved">
        <p>
          <strong>{plural(records.length || stuck.length, s.unsavedCount)}</strong> {full ? s.full : s.rejected}
        </p>
        <p>{s.unsavedTitle}:</p>
        <ul class="tool-unsaved">
          {names.slice(0, NAMED).map((name, index) => (
            <li key={stuck[index]!.id} class="user-text">
              {name}
            </li>
          ))}
          {names.length > NAMED && <li>{plural(names.length - NAMED, s.unsavedMore)}</li>}
        </ul>
        {bytes !== null && <p>{format(s.use, { size: formatSize(bytes) })}</p>}
        <p class="button-row">
          <button
            type="button"
            class="button"
            onClick={() => {
              const file = state.unsavedFile();
              if (!file) return;
              downloadText(oldDataFileName, file, 'application/json');
              state.announce(s.unsavedKept);
            }}
          >
            {s.downloadUnsaved}
          </button>
          {full && (
            <button type="button" class="button button--secondary" onClick={state.saveUnsaved}>
              {s.saveAgain}
            </button>
          )}
        </p>
      </div>,
    );
  }
  return <>{notices}</>;
}
