/**
 * The schoolscan island's strings (SchoolscanTool.astro): every string in its props is a byte of
 * the tool page's HTML. So not the paper form's text, which only the server renders, and of the
 * team session's text only what the views loading with the page use. The session views, which
 * load on use (SessionViews.tsx and what it imports), take the rest from session.nl.ts
 * themselves, in their own script file.
 */
import { schoolscanStrings, type SchoolscanStrings as AllStrings } from '../i18n/schoolscan.nl';

type SessionStrings = AllStrings['session'];

const sessionAtOnce = [
  'backToSession',
  'create',
  'created',
  'heading',
  'inviteBroken',
  'inviteBrokenTitle',
  'joinHeading',
  'listLink',
  'memberNext',
  'memberTypes',
  'presentHeading',
  'receivedHeading',
  'sendHeading',
  'sendLink',
  'startIntro',
  'startLink',
  'toSession',
] as const satisfies readonly (keyof SessionStrings)[];

export type SchoolscanStrings = Omit<AllStrings, 'paper' | 'session'> & {
  session: Pick<SessionStrings, (typeof sessionAtOnce)[number]>;
};

export function islandStrings(): SchoolscanStrings {
  const { paper: _serverOnly, session, ...strings } = schoolscanStrings;
  return { ...strings, session: Object.fromEntries(sessionAtOnce.map((key) => [key, session[key]])) as SchoolscanStrings['session'] };
}
