/**
 * Messages about saving, shared by the tools: storage unavailable or full, a change refused,
 * unreadable data set aside (with a download), and changes made in another tab.
 */
import { downloadText } from '../../lib/files';
import type { LoadStatus, SaveProblem } from '../../lib/tools/store';

/** The `storage` section of a tool's strings. */
export interface StorageStrings {
  unavailable: string;
  full: string;
  rejected: string;
  invalid: string;
  newer: string;
  unreadable: string;
  notBackedUp: string;
  downloadOld: string;
  otherTab: string;
  otherTabDeleted: string;
  dismiss: string;
}

interface Props {
  loadStatus: LoadStatus;
  saveProblem: SaveProblem | null;
  otherTab: 'changed' | 'deleted' | null;
  strings: StorageStrings;
  /** Name of the file offered when stored data could not be read. */
  oldDataFileName: string;
  onDismissOtherTab: () => void;
}

export function StorageNotice({ loadStatus, saveProblem, otherTab, strings: s, oldDataFileName, onDismissOtherTab }: Props) {
  const notices = [];

  if (loadStatus.kind === 'moved-aside') {
    const { raw, backupKey, reason } = loadStatus;
    notices.push(
      <div class="notice notice--warning" role="alert" key="moved">
        <p>{s[reason]}</p>
        {backupKey === null && <p>{s.notBackedUp}</p>}
        <button type="button" class="button button--secondary" onClick={() => downloadText(oldDataFileName, raw, 'application/json')}>
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
