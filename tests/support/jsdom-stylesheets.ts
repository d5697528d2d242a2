/**
 * jsdom loads no stylesheets, so a <link rel="stylesheet"> added to the page never fires load or
 * error. Set up for every component test: each one fires load, as in a browser once the file has
 * arrived, unless a test makes it fail (failStylesheets) to see what the page does without it.
 */
import { afterEach } from 'vitest';

let fails: (href: string) => boolean = () => false;

/** Until the end of the test, stylesheets whose address passes `test` fire error instead of load. */
export function failStylesheets(test: (href: string) => boolean): void {
  fails = test;
}

afterEach(() => {
  fails = () => false;
});

new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof HTMLLinkElement && node.rel === 'stylesheet') {
        node.dispatchEvent(new Event(fails(node.href) ? 'error' : 'load'));
      }
    }
  }
}).observe(document, { childList: true, subtree: true });
