/**
 * Ids for form controls, from Preact's useId (the same on the server and in the browser), with
 * the tool's name in front: two islands on one page would otherwise count from the same start.
 */
import { createContext } from 'preact';
import { useContext, useId } from 'preact/hooks';

export const IdPrefix = createContext('f');

export function useFieldId(): string {
  return `${useContext(IdPrefix)}-${useId()}`;
}

/** The ids of hint and error that exist, for aria-describedby; undefined when there are none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}
