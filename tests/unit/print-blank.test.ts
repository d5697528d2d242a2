import { describe, expect, it } from 'vitest';
import { printBlankForm, type PrintTarget } from '../../src/lib/tools/print-blank';

/** A window with a print dialog that records what was marked when it opened. */
function fakeWindow() {
  const listeners = new Set<() => void>();
  const seen: (string | undefined)[] = [];
  const target: PrintTarget = {
    document: { documentElement: { dataset: {} } },
    print: () => seen.push(target.document.documentElement.dataset.printBlank),
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  const afterprint = () => [...listeners].forEach((listener) => listener());
  return { target, seen, listeners, afterprint };
}

describe('printBlankForm', () => {
  it('marks the document while the print dialog opens', () => {
    const win = fakeWindow();
    printBlankForm('schoolscan', win.target);
    expect(win.seen).toEqual(['schoolscan']);
  });

  it('removes the mark when the dialog closes, printed or cancelled, and stops listening', () => {
    const win = fakeWindow();
    printBlankForm('werkblad', win.target);
    expect(win.target.document.documentElement.dataset.printBlank).toBe('werkblad');
    win.afterprint();
    expect(win.target.document.documentElement.dataset.printBlank).toBeUndefined();
    expect(win.listeners.size).toBe(0);
  });

  it('removes the mark when the view goes before the dialog closes (a browser without afterprint)', () => {
    const win = fakeWindow();
    const clear = printBlankForm('schoolscan', win.target);
    clear();
    expect(win.target.document.documentElement.dataset.printBlank).toBeUndefined();
    expect(win.listeners.size).toBe(0);
  });

  it('leaves a newer mark alone', () => {
    const win = fakeWindow();
    const first = printBlankForm('schoolscan', win.target);
    printBlankForm('werkblad', win.target);
    first();
    expect(win.target.document.documentElement.dataset.printBlank).toBe('werkblad');
  });
});
