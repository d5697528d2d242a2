/** What the notices about saving are given (StorageNotice.tsx, and StorageProblems.tsx, which it loads). */
import type { ToolDocument, TitledRecord } from './useToolDocument';

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
  unsavedTitle: string;
  unsavedCount: { one: string; other: string };
  unsavedMore: { one: string; other: string };
  untitled: string;
  /** The name of what the document holds besides records (the werkblad's plan), in the list of what is not stored. */
  restName: string;
  downloadUnsaved: string;
  saveAgain: string;
  unsavedKept: string;
  use: string;
}

export type NoticeState = Pick<
  ToolDocument<unknown, TitledRecord>,
  | 'loadStatus'
  | 'unsaved'
  | 'saveUnsaved'
  | 'unsavedFile'
  | 'otherTab'
  | 'dismissOtherTab'
  | 'replaced'
  | 'putBack'
  | 'dismissReplaced'
  | 'announce'
>;

export interface NoticeProps {
  state: NoticeState;
  strings: StorageStrings;
  /** Name of the file offered when stored data could not be read, or could not be stored. */
  oldDataFileName: string;
}
