/**
 * The werkblad (/werkblad/) in Chromium as a user finds its parts: by role and by the words on
 * screen (werkblad.nl.ts), so that a browser test reads as the steps a user takes.
 */
import type { Locator } from 'playwright-core';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import { format } from '../../src/lib/text';
import type { Status, WerkbladDocument } from '../../src/lib/werkblad/model';
import { WERKBLAD_STORAGE_KEY, werkbladTool } from '../../src/lib/werkblad/tool';
import { storedDocument } from './stored';
import { ToolPage } from './tool-page';

export class WerkbladPage extends ToolPage<WerkbladDocument> {
  readonly path = '/werkblad/';
  protected readonly words = W;
  protected readonly storageKey = WERKBLAD_STORAGE_KEY;
  protected readonly recordRoute = /#werkblad\/([a-z0-9]+)$/;

  storedDocument(): Promise<WerkbladDocument> {
    return storedDocument(this.page, werkbladTool);
  }

  /** On a worksheet: the answer field of question `n`. */
  answerField(n: number): Locator {
    return this.page.getByLabel(format(W.worksheet.answerLabel, { n }), { exact: true });
  }

  /** On a worksheet: one status. */
  statusRadio(status: Status): Locator {
    return this.page.getByRole('radio', { name: W.statuses[status], exact: true });
  }

  /** On a worksheet: the group of action `n`. */
  actionGroup(n: number): Locator {
    return this.page.getByRole('group', { name: format(W.worksheet.action, { n }), exact: true });
  }

  /** On a worksheet: one field of action `n`. */
  actionField(n: number, field: 'what' | 'who' | 'when'): Locator {
    return this.actionGroup(n).getByLabel(W.worksheet[field], { exact: true });
  }

  /** On the new-worksheet view: makes the worksheets of the chosen scan and waits for the list. */
  async createFromScan(): Promise<void> {
    await this.page.getByRole('button', { name: W.create.fromScanButton, exact: true }).click();
    await this.heading(W.views.list).waitFor();
  }

  /** On the new-worksheet view of a type: the "Werkblad maken" button. */
  typeButton(): Locator {
    return this.page.getByRole('button', { name: W.create.typeButton, exact: true });
  }

  /** On a worksheet: "Naar het plan van aanpak" and the plan's heading. */
  async toPlan(): Promise<void> {
    await this.page.getByRole('link', { name: W.worksheet.toPlan, exact: true }).click();
    await this.heading(W.views.plan).waitFor();
  }

  /** On the new-worksheet view: makes a worksheet for a named programme and waits for it. */
  async createProgramme(title: string): Promise<void> {
    await this.page.getByLabel(W.create.programmeLabel, { exact: true }).fill(title);
    await this.page
      .getByRole('region', { name: W.create.programmeHeading, exact: true })
      .getByRole('button', { name: W.create.programmeButton, exact: true })
      .click();
    await this.heading(title).waitFor();
  }
}
