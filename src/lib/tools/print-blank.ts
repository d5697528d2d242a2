/**
 * Printing a tool's blank paper form with JavaScript on ("Lege scan afdrukken", "Leeg werkblad
 * afdrukken"). The paper form is rendered once by the tool's Astro wrapper (PaperForm.astro,
 * PaperWorksheet.astro); without JavaScript it is the page, with JavaScript it is hidden. This
 * marks the document for the print only (tool.css: `html[data-print-blank]` prints the form and
 * nothing else of the tool) and opens the browser's print dialog. The mark goes when the dialog
 * closes (`afterprint`, whether the user printed or cancelled), or when the view that offered the
 * button goes (the returned function), so a later print of the page prints the page again.
 * Nothing on screen changes, so the focus stays on the button.
 */

/** The part of `window` this needs, so that it can be tested without a browser. */
export interface PrintTarget {
  document: { documentElement: { dataset: DOMStringMap } };
  print(): void;
  addEventListener(type: 'afterprint', listener: () => void): void;
  removeEventListener(type: 'afterprint', listener: () => void): void;
}

/** The tools that have a blank paper form. */
export type BlankForm = 'schoolscan' | 'werkblad';

/** Marks the document to print `form`'s blank paper form, then prints. Returns a function that removes the mark. */
export function printBlankForm(form: BlankForm, target: PrintTarget): () => void {
  const { dataset } = target.document.documentElement;
  const clear = () => {
    target.removeEventListener('afterprint', clear);
    if (dataset.printBlank === form) delete dataset.printBlank;
  };
  target.addEventListener('afterprint', clear);
  dataset.printBlank = form;
  target.print();
  return clear;
}
