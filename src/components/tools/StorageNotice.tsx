/**
 * Messages about saving, shared by the tools: storage unavailable and changes made in another tab
 * here; what could not be stored, unreadable data set aside and this tab's texts that another tab
 * replaced in StorageProblems.tsx, which loads when one of them is due (they are rare, and longer).
 */
import { useLazyModule } from './useLazyModule';
import type { NoticeProps, NoticeState } from './notices';

const load = () => import('./StorageProblems');

/** Whether there is something for StorageProblems to say. */
const hasProblems = ({ loadStatus, unsaved, replaced }: NoticeState) =>
  loadStatus.kind === 'moved-aside' || replaced.length > 0 || unsaved.some((item) => item.problem !== 'unavailable');

export function StorageNotice(props: NoticeProps) {
  const { state, strings: s } = props;
  const { loadStatus, unsaved, otherTab } = state;
  const due = hasProblems(state);
  // Shown once its code is there: a moment after what it is about happened.
  const problems = useLazyModule(load, due);
  const notices = [];
  if (due && problems) notices.push(<problems.StorageProblems key="problems" {...props} />);

  if (unsaved.some((item) => item.problem === 'unavailable') || loadStatus.kind === 'unavailable') {
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
        <button type="button" class="button button--secondary" onClick={state.dismissOtherTab}>
          {s.dismiss}
        </button>
      </div>,
    );
  }
  return notices.length ? <div class="scan-notices print-hidden">{notices}</div> : null;
}
