/**
 * What every view of a tool has around it: the privacy line, notices about saving, a polite live
 * region for what the tool says (apart from visible text), and the view's heading, which takes
 * focus when the view changes.
 */
import type { ComponentChildren, Ref } from 'preact';
import { IdPrefix } from '../forms/ids';
import { StorageNotice, type StorageStrings } from './StorageNotice';
import type { TitledRecord, ToolDocument } from './useToolDocument';

interface Props {
  /** The tool's class name ("schoolscan", "werkblad"); also the prefix of every id in it. */
  name: string;
  /** Name of the current view, for a modifier class. */
  view: string;
  privacy: string;
  storage: StorageStrings;
  oldDataFileName: string;
  state: Pick<
    ToolDocument<unknown, TitledRecord>,
    'ready' | 'loadStatus' | 'saveProblem' | 'otherTab' | 'dismissOtherTab' | 'liveText' | 'replaced' | 'putBack' | 'dismissReplaced'
  >;
  heading: string;
  headingRef: Ref<HTMLHeadingElement>;
  children: ComponentChildren;
}

export function ToolShell({ name, view, privacy, storage, oldDataFileName, state, heading, headingRef, children }: Props) {
  return (
    <IdPrefix.Provider value={name}>
      {/* Busy until the stored work has been read: the first view comes from the server, empty. */}
      <div class={`tool-root ${name} ${name}--${view}`} aria-busy={!state.ready}>
        <p class="tool-privacy print-hidden">{privacy}</p>
        <StorageNotice
          loadStatus={state.loadStatus}
          saveProblem={state.saveProblem}
          otherTab={state.otherTab}
          strings={storage}
          oldDataFileName={oldDataFileName}
          onDismissOtherTab={state.dismissOtherTab}
          replaced={state.replaced}
          onPutBack={state.putBack}
          onDismissReplaced={state.dismissReplaced}
        />
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">
          {state.liveText}
        </div>
        <h2 ref={headingRef} tabIndex={-1} class="tool-view-heading">
          {heading}
        </h2>
        {children}
      </div>
    </IdPrefix.Provider>
  );
}
