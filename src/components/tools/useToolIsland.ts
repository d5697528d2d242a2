/**
 * The kit's part of a tool's island: its saved document, its route in the address, the actions
 * its views call, and the props of its shell. A tool's island adds only its own views.
 */
import { useMemo, useRef } from 'preact/hooks';
import type { HashRouter } from '../../lib/tools/router';
import type { ToolSpec } from '../../lib/tools/tool';
import { toolActions } from './actions';
import type { StorageStrings } from './notices';
import type { AutosaveStrings } from './ToolShell';
import { useHashRoute } from './useHashRoute';
import { useToolDocument, type TitledRecord } from './useToolDocument';

/** The strings every tool has (see src/lib/i18n/tools.nl.ts). */
export interface IslandStrings {
  privacy: string;
  saved: string;
  autosave: AutosaveStrings;
  storage: StorageStrings;
  list: { deleted: string; restored: string };
}

export function useToolIsland<D, T extends TitledRecord, F, Rest, R>(
  tool: ToolSpec<D, T, F, Rest>,
  router: HashRouter<R>,
  fallback: R,
  strings: IslandStrings,
  /** The id of the record the route shows, if any: another tab's change to it is announced. */
  openId: (route: R) => string | undefined,
) {
  const texts = useMemo(() => ({ saved: strings.saved, deleted: strings.list.deleted, restored: strings.list.restored }), [strings]);
  const current = useRef(fallback);
  const document = useToolDocument(tool, texts, () => openId(current.current));
  const { route, go, heading } = useHashRoute(router, fallback, document.dismissOtherTab);
  current.current = route;
  const actions = toolActions(document, go);
  const shell = {
    name: tool.name,
    privacy: strings.privacy,
    storage: strings.storage,
    autosave: strings.autosave,
    oldDataFileName: tool.oldDataFileName,
    state: document,
    headingRef: heading,
  };
  return { document, route, actions, shell };
}
