/**
 * Messages about saving, shared by the tools: storage unavailable or full, a change refused,
 * unreadable data set aside (with a download that the import reads back), changes made in
 * another tab, and this tab's texts that another tab replaced at the same moment.
 */
import { downloadText } from '../../lib/files';
import { setAsideFile } from '../../lib/tools/exchange';
import type { LoadStatus, SaveProblem } from '../../lib/tools/store';
import type { ReplacedText } from './useToolDocument';

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
  replaced: string;
  putBack: string;
}

interface Props {
  loadStatus: LoadStatus;
  saveProblem: SaveProblem | null;
  otherTab: 'changed' | 'deleted' | null;
  strings: StorageStrings;
  /** Name of the file offered when stored data could not be read. */
  oldDataFileName: string;
  onDismissOtherTab: () => void;
  replaced: readonly ReplacedText[];
  onPutBack: (text: ReplacedText) => void;
  onDismissReplaced: () => void;
}

export function StorageNotice(props: Props) {
  const {
    loadStatus,
    saveProblem,
    otherTab,
    strings: s,
    oldDataFileName,
    onDismissOtherTab,
    replaced,
    onPutBack,
    onDismissReplaced,
  } = props;
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
            <li key={`${text.id} ${text.path} ${text.mine}`}>
              <q>{text.mine}</q>{' '}
              <button type="button" class="button button--secondary" onClick={() => onPutBack(text)}>
                {s.putBack}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" class="button button--secondary" onClick={onDismissReplaced}>
          {s.dismiss}
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
