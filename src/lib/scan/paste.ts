/**
 * Member links in whatever a coordinator pastes: chat messages copy a link with a name, a time and
 * text around it, several links in one message, a quote marker in front, and sometimes a line
 * break inside a long link where the chat app wrapped it. Every link of this site is found and the
 * rest ignored. Where a link may go on after a break, the candidates are tried shortest first,
 * and the link's own check (link.ts) says which one is whole.
 */

/** "#lid/" in a link of this site, also where a chat app broke the line inside it (and quoted the next line). */
const MARKER = /#[\s>]*l[\s>]*i[\s>]*d[\s>]*\//g;
/** The characters of a link's payload ("2.<data>.<check>", base64url and dots). */
const PAYLOAD = /^[A-Za-z0-9_.-]+/;
const WHOLE_PAYLOAD = /^\d{1,4}\.[A-Za-z0-9_.-]+$/;
/** Pieces of text a wrapped link may continue over, at most. */
const MAX_PIECES = 12;
/** Links read from one paste, at most: far more than a team has members. */
export const MAX_PASTED_LINKS = 200;

/**
 * For each link in `text`, the payloads it may be, shortest first: the part up to the first
 * space or break, then that part with each following piece of payload characters joined on (a
 * wrapped link). Text that holds no "#lid/" but is one payload by itself counts as one link.
 */
export function linkCandidates(text: string): string[][] {
  const markers = [...text.matchAll(MARKER)].slice(0, MAX_PASTED_LINKS);
  if (markers.length === 0) {
    const alone = text.trim();
    return WHOLE_PAYLOAD.test(alone) ? [[alone]] : [];
  }
  return markers.map((marker, index) => {
    const rest = text.slice(marker.index + marker[0].length, markers[index + 1]?.index ?? text.length);
    const pieces = rest.split(/\s+/).filter((piece) => piece !== '' && !/^>+$/.test(piece));
    const candidates: string[] = [];
    let payload = '';
    for (const piece of pieces.slice(0, MAX_PIECES)) {
      const part = PAYLOAD.exec(piece)?.[0] ?? '';
      if (part === '') break;
      payload += part;
      candidates.push(payload);
      // A link followed by a full stop ends a sentence: try it without the stop too.
      if (payload.endsWith('.')) candidates.push(payload.replace(/\.+$/, ''));
      // Text right after the payload (a bracket, a comma) ends the link.
      if (part !== piece) break;
    }
    return candidates.length ? [...new Set(candidates)] : [''];
  });
}

export type PastedLink<R> = { payload: string; result: R };

/**
 * Reads every link in `text` with `read` (a link's check): per link, the first candidate that
 * reads, or else the shortest candidate's result, which says why it does not.
 */
export async function readPastedLinks<R extends { ok: boolean }>(
  text: string,
  read: (payload: string) => Promise<R>,
): Promise<PastedLink<R>[]> {
  const links: PastedLink<R>[] = [];
  for (const candidates of linkCandidates(text)) {
    let first: PastedLink<R> | null = null;
    let found: PastedLink<R> | null = null;
    for (const payload of candidates) {
      const result = await read(payload);
      first ??= { payload, result };
      if (result.ok) {
        found = { payload, result };
        break;
      }
    }
    links.push(found ?? first!);
  }
  return links;
}
