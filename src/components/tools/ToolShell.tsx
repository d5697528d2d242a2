/**
 * What every view of a tool has around it: the privacy line, notices about saving, a polite live
 * region for what the tool says (apart from visible text), the view's heading, which takes focus
 * when the view changes, and, on views where work is edited, whether and when it was saved.
 */
import type { ComponentChildren, Ref } from 'preact';
import { format } from '../../lib/text';
import { IdPrefix } from '../forms/ids';
import type { NoticeState, StorageStrings } from './notices';
import { StorageNotice } from './StorageNotice';
import { useLoadFailed, type Load } from './useLazyModule';
import type { TitledRecord, ToolDocument } from './useToolDocument';

export interface AutosaveStrings {
  waiting: string;
  /** "{time}": hours and minutes of the last save. */
  saved: string;
  problem: string;
}

const clock = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

interface Props {
  /** The tool's class name ("schoolscan", "werkblad"); also the prefix of every id in it. */
  name: string;
  /** Name of the current view, for a modifier class. */
  view: string;
  privacy: string;
  storage: StorageStrings;
  autosave: AutosaveStrings;
  oldDataFileName: string;
  state: NoticeState & Pick<ToolDocument<unknown, TitledRecord>, 'ready' | 'liveText' | 'savedAt'>;
  heading: string;
  /** True on views where work is edited: they say whether and when it was saved. */
  editing?: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  children: ComponentChildren;
}

export function ToolShell({
  name,
  view,
  privacy,
  storage,
  autosave,
  oldDataFileName,
  state,
  heading,
  headingRef,
  editing,
  children,
}: Props) {
  const notSaving = state.unsaved.length > 0 || state.loadStatus.kind === 'unavailable';
  return (
    <IdPrefix.Provider value={name}>
      {/* Busy until the stored work has been read: the first view comes from the server, empty. */}
      <div class={`tool-root ${name} ${name}--${view}`} aria-busy={!state.ready}>
        <p class="tool-privacy print-hidden">{privacy}</p>
        <StorageNotice state={state} strings={storage} oldDataFileName={oldDataFileName} />
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">
          {state.liveText}
        </div>
        <h2 ref={headingRef} tabIndex={-1} class="tool-view-heading">
          {heading}
        </h2>
        {editing && state.ready && (
          <p class={`tool-saved print-hidden${notSaving ? ' tool-saved--problem' : ''}`}>
            {notSaving
              ? autosave.problem
              : state.savedAt
                ? format(autosave.saved, { time: clock.format(state.savedAt) })
                : autosave.waiting}
          </p>
        )}
        {children}
      </div>
    </IdPrefix.Provider>
  );
}

export interface OpeningStrings {
  opening: string;
  openFailed: string;
  openAgain: string;
}

/**
 * What a view shows while its module loads: the room of a screen, so that what comes after the
 * tool stays out of sight and nothing on screen moves when the view arrives; and, when loading
 * failed, why, with a way to try again (loading the page again).
 */
export function Opening({ load, strings }: { load: Load; strings: OpeningStrings }) {
  const failed = useLoadFailed(load);
  return <div class="tool-opening">{failed ? <LoadFailed strings={strings} /> : <p role="status">{strings.opening}</p>}</div>;
}

/** A part of the tool whose code did not load: why, and a way to try again (loading the page again). */
export function LoadFailed({ strings }: { strings: Omit<OpeningStrings, 'opening'> }) {
  return (
    <div class="notice notice--warning" role="alert">
      <p>{strings.openFailed}</p>
      <p>
        {/* A browser keeps a failed module import failed until the page loads again; the view is in the address and the work is stored. */}
        <button type="button" class="button button--secondary" onClick={() => location.reload()}>
          {strings.openAgain}
        </button>
      </p>
    </div>
  );
}
