/**
 * What the page objects of both tools share (schoolscan-page.ts, werkblad-page.ts): a tool page
 * in Chromium opened on a view, its storage written before it loads and read back as the tool
 * reads it, its list and its navigation, found the way a user finds them (roles and names).
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { format } from '../../src/lib/text';
import { storedEntries, storedText } from './stored';
import { chooseFile, downloadText, importField, seedStorage, viewHeading } from './tool-session';

/** The words of a tool's interface the page object finds things by. */
export interface ToolWords {
  views: { list: string };
  nav: { label: string; backToList: string };
  list: { actionsFor: string; delete: string; confirmDeleteYes: string };
  storage: { otherTab: string };
  import: { label: string };
}

export abstract class ToolPage<D> {
  constructor(
    readonly page: Page,
    protected readonly siteUrl: (path: string) => string,
  ) {}

  /** The tool's address ("/schoolscan/"). */
  abstract readonly path: string;
  protected abstract readonly words: ToolWords;
  protected abstract readonly storageKey: string;
  /** The address fragment of one record ("#scan/<id>"), to read its id. */
  protected abstract readonly recordRoute: RegExp;

  /** The heading of a view, once the tool has read what is stored. */
  heading(name: string): Locator {
    return viewHeading(this.page, name);
  }

  /** Goes to the tool (with an optional #fragment) without waiting for a view. */
  async visit(hash = ''): Promise<void> {
    const response = await this.page.goto(this.siteUrl(`${this.path}${hash}`));
    // A change of #fragment on the same page is a same-document navigation without a response.
    if (response) expect(response.status(), `${this.path}${hash}`).toBe(200);
  }

  /** Opens the tool (with an optional #fragment) and waits until it shows the view with `heading`. */
  async open(hash = '', heading: string = this.words.views.list): Promise<void> {
    await this.visit(hash);
    await this.heading(heading).waitFor();
  }

  /** Reloads the page and waits until it shows the view with `heading`. */
  async reload(heading: string): Promise<void> {
    await this.page.reload();
    await this.heading(heading).waitFor();
  }

  /** Fresh storage holding these raw entries, written before the tool loads. */
  async seed(entries: Readonly<Record<string, string>>): Promise<void> {
    await seedStorage(this.page, this.siteUrl, entries);
  }

  /** The tool's stored entries as one text, or null when nothing is stored. */
  storedRaw(): Promise<string | null> {
    return storedText(this.page, this.storageKey);
  }

  /** The tool's stored entries ([key, raw value]), sorted by key. */
  storedEntries(): Promise<[string, string][]> {
    return storedEntries(this.page, this.storageKey);
  }

  /** The stored document, read with the tool's own store. */
  abstract storedDocument(): Promise<D>;

  /** The id of the record in the address. */
  routeId(): string {
    const match = this.recordRoute.exec(this.page.url());
    if (!match?.[1]) throw new Error(`No record in the address ${this.page.url()}`);
    return match[1];
  }

  /** The cards on the list, in order: title and meta line. */
  listCards(): Promise<{ title: string; meta: string }[]> {
    return this.page.locator('.tool-card').evaluateAll((cards) =>
      cards.map((card) => ({
        title: (card.querySelector('.tool-card__title')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        meta: (card.querySelector('.tool-card__meta')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
    );
  }

  /** The titles on the list, in order. */
  listTitles(): Promise<string[]> {
    return this.page.locator('.tool-card__title').evaluateAll((titles) => titles.map((title) => (title.textContent ?? '').trim()));
  }

  /** The item on the list with this title. */
  listItem(title: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  /** On the list: "Verwijderen" on an item, then its confirmation. */
  async deleteFromList(title: string): Promise<void> {
    const item = this.listItem(title);
    await item.getByRole('button', { name: this.words.list.delete, exact: true }).click();
    await item.getByRole('button', { name: this.words.list.confirmDeleteYes, exact: true }).click();
  }

  /** On the list: the file field that adds files (exports and backups). */
  importField(): Locator {
    return importField(this.page, this.words.import.label);
  }

  /** On the list: adds a file through the import field. */
  async importFile(name: string, text: string): Promise<void> {
    await chooseFile(this.importField(), name, Buffer.from(text));
  }

  /** Clicks a control that downloads a file; returns the file's suggested name and its text. */
  async download(control: Locator): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), control.click()]);
    return { name: download.suggestedFilename(), text: await downloadText(download) };
  }

  /** An alert (role "alert") that says `text`. */
  alert(text: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }

  /** The autosave line ("Automatisch opgeslagen …"). */
  autosaveStatus(): Locator {
    return this.page.locator('.tool-saved');
  }

  /** The group of actions (rename, delete, …) of one item on the list. */
  actionsFor(title: string): Locator {
    return this.page.getByRole('group', { name: format(this.words.list.actionsFor, { title }), exact: true });
  }

  /** The tool's own navigation. */
  nav(): Locator {
    return this.page.getByRole('navigation', { name: this.words.nav.label, exact: true });
  }

  /** "Terug naar het overzicht" and the list's heading. */
  async backToList(): Promise<void> {
    await this.nav().getByRole('link', { name: this.words.nav.backToList, exact: true }).click();
    await this.heading(this.words.views.list).waitFor();
  }

  /** The notice that what is shown changed in another tab. */
  otherTabNotice(): Locator {
    return this.page.getByRole('status').filter({ hasText: this.words.storage.otherTab });
  }
}
