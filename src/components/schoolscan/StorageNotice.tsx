/** Messages about saving: storage unavailable or full, unreadable data set aside, other tabs. */
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import { downloadText } from '../../lib/download';
import type { LoadStatus } from '../../lib/store/versioned-store';

export type SaveProblem = 'full' | 'unavailable' | 'rejected';

interface Props {
  loadStatus: LoadStatus;
  saveProblem: SaveProblem | null;
  otherTab: 'changed' | 'deleted' | null;
  strings: SchoolscanStrings;
  onDismissOtherTab: () => void;
}

export function StorageNotice({ loadStatus, saveProblem, otherTab, strings, onDismissOtherTab }: Props) {
  const s = strings.storage;
  const notices = [];

  if (loadStatus.kind === 'moved-aside') {
    const { raw, backupKey, reason } = loadStatus;
    notices.push(
      <div class="notice notice--warning" role="alert" key="moved">
        <p>{s[reason]}</p>
        {backupKey === null && <p>{s.notBackedUp}</p>}
        <button
          type="button"
          class="button button--secondary"
          onClick={() => downloadText('schoolscan-oude-gegevens.json', raw, 'application/json')}
        >
          {s.downloadOld}
        </button>
      </div>,
    );
  }
  if (saveProblem === 'full' || saveProblem === 'rejected') {
    notices.push(
      <div class="notice notice--warning" role="alert" key={saveProblem}>
        <p>{s[saveProblem]}</p>
      </div>,
    );
  } else if (saveProblem === 'unavailable' || loadStatus.kind === 'unavailable') {
    notices.push(
      <div class="notice notice--warning" role="status" key="unavailable">
        <p>{s.unavailable}</p>
      </div>,
    );
  }
  if (otherTab) {
    notices.push(
      <div class="notice" role="status" key="tab">
        <p>{otherTab === 'changed' ? s.otherTab : s.otherTabDeleted}</p>
        <button type="button" class="button button--secondary" onClick={onDismissOtherTab}>
          {s.dismiss}
        </button>
      </div>,
    );
  }
  return notices.length ? <div class="scan-notices print-hidden">{notices}</div> : null;
}
