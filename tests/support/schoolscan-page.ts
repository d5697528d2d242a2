/**
 * The schoolscan (/schoolscan/) in Chromium as a user finds its parts: by role and by the words
 * on screen (schoolscan.nl.ts), so that a browser test reads as the steps a user takes.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { presentStrings as PS } from '../../src/lib/i18n/present.nl';
import type { Scan, ScanDocument } from '../../src/lib/scan/model';
import type { Rating } from '../../src/lib/scan/ratings';
import { SCAN_STORAGE_KEY, scanTool } from '../../src/lib/scan/tool';
import { format, plural } from '../../src/lib/text';
import { contentCatalogue } from './scan-catalogue';
import { storedDocumentText } from './scan-files';
import { storedDocument } from './stored';
import { ToolPage } from './tool-page';
import { fillNewScan, type NewScanDetails } from './tool-session';

const domains = contentCatalogue().domains;
const SS = S.session;

/** The label of a domain of the site's catalogue. */
export function domainLabel(id: string): string {
  const domain = domains.find((candidate) => candidate.id === id);
  if (!domain) throw new Error(`No domain "${id}" in the catalogue`);
  return domain.label;
}

export class SchoolscanPage extends ToolPage<ScanDocument> {
  readonly path = '/schoolscan/';
  protected readonly words = S;
  protected readonly storageKey = SCAN_STORAGE_KEY;
  protected readonly recordRoute = /#scan\/([a-z0-9]+)/;

  /** Two tabs of one context (the second from `newTab`) on the rating view of a scan stored before either opens. */
  static async twoTabsOn(
    page: Page,
    newTab: () => Promise<Page>,
    siteUrl: (path: string) => string,
    scan: Scan,
  ): Promise<[SchoolscanPage, SchoolscanPage]> {
    const tabA = new SchoolscanPage(page, siteUrl);
    await tabA.seed({ [SCAN_STORAGE_KEY]: storedDocumentText([scan]) });
    const tabB = new SchoolscanPage(await newTab(), siteUrl);
    for (const tab of [tabA, tabB]) await tab.open(`#scan/${scan.id}`, scan.title);
    return [tabA, tabB];
  }

  storedDocument(): Promise<ScanDocument> {
    return storedDocument(this.page, scanTool);
  }

  /** The one stored scan with this title. */
  async storedScan(title: string): Promise<Scan> {
    const matches = (await this.storedDocument()).scans.filter((scan) => scan.title === title);
    expect(
      matches.map((scan) => scan.title),
      `stored scans titled "${title}"`,
    ).toEqual([title]);
    return matches[0]!;
  }

  /** From the list: starts a scan through the form and waits for its rating view; returns its id. */
  async createScan(details: NewScanDetails): Promise<string> {
    await this.page.getByRole('link', { name: `${S.list.newScan}: ${S.list.alone}`, exact: true }).click();
    await this.heading(S.views.create).waitFor();
    return this.startScan(details);
  }

  /** On the new-scan or new-session form: fills it in as a user would (see fillNewScan). */
  async fillForm(details: NewScanDetails): Promise<void> {
    await fillNewScan(this.page, details);
  }

  /** On the new-scan form: fills it in, "Scan starten", and waits for the rating view; returns the scan's id. */
  async startScan(details: NewScanDetails): Promise<string> {
    await this.fillForm(details);
    await this.startButton().click();
    await this.heading(details.title).waitFor();
    return this.routeId();
  }

  /** On the new-scan form or an invitation: the "Scan starten" button. */
  startButton(): Locator {
    return this.page.getByRole('button', { name: S.details.start, exact: true });
  }

  /** On an invitation: fills in the role (when given), starts the scan and waits for its rating view. */
  async join(title: string, role = ''): Promise<void> {
    if (role) await this.page.getByLabel(S.details.role, { exact: true }).fill(role);
    await this.startButton().click();
    await this.heading(title).waitFor();
  }

  /** From the list: starts a team session through "Met je team" and its form, and waits for its overview. */
  async createSession(details: NewScanDetails): Promise<void> {
    await this.page.getByRole('link', { name: `${S.list.newScan}: ${S.list.withTeam}`, exact: true }).click();
    await this.heading(SS.startLink).waitFor();
    await this.makeSession(details);
  }

  /** On the new-session form: fills it in, creates the session and waits for its overview. */
  async makeSession(details: NewScanDetails): Promise<void> {
    await this.fillForm(details);
    await this.page.getByRole('button', { name: SS.create, exact: true }).click();
    await this.heading(this.sessionHeading(details.title)).waitFor();
  }

  /** The heading of a session's overview. */
  sessionHeading(title: string): string {
    return format(SS.heading, { title });
  }

  /** On a session's overview: the line that says how many members sent their scan. */
  collected(count: number): Locator {
    return this.page.getByText(plural(count, SS.collected), { exact: true });
  }

  /** On a member's rating view: "Stuur naar de coördinator" and the send view; returns the link to send. */
  async send(title: string): Promise<string> {
    await this.sendLink().click();
    await this.heading(`${SS.sendHeading}: ${title}`).waitFor();
    return this.linkField().inputValue();
  }

  /** On a member's rating view: the last "Stuur naar de coördinator" link. */
  sendLink(): Locator {
    return this.page.getByRole('link', { name: SS.sendLink, exact: true }).last();
  }

  /** On the send view: the field that holds the link to the member's scan. */
  linkField(): Locator {
    return this.page.getByLabel(SS.linkLabel, { exact: true });
  }

  /** On a session's overview: "Bespreken op het scherm". */
  async present(): Promise<void> {
    await this.page.getByRole('link', { name: SS.present, exact: true }).click();
  }

  /** The presentation of a session on the projector. */
  presentation(title: string): Locator {
    return this.page.getByRole('region', { name: format(SS.presentHeading, { title }), exact: true });
  }

  /** In the presentation: the heading of the domain shown. */
  presentedDomain(): Locator {
    return this.page.locator('.present__domain');
  }

  /** In the presentation: "Volgende" through every domain after the first, then "Opslaan en naar het resultaat". */
  async presentToTheEnd(domainCount: number): Promise<void> {
    for (let step = 1; step < domainCount; step += 1) await this.page.getByRole('button', { name: PS.next, exact: true }).click();
    await this.page.getByRole('button', { name: PS.finish, exact: true }).click();
  }

  /** On the rating view: the group of one domain. */
  domainGroup(id: string): Locator {
    return this.page.getByRole('group', { name: domainLabel(id), exact: true });
  }

  /** On the rating view: one answer of one domain. */
  ratingRadio(id: string, rating: Rating): Locator {
    return this.domainGroup(id).getByRole('radio', { name: S.rating.options[rating], exact: true });
  }

  /** On the rating view: the "Wat zien we?" field of one domain. */
  seenField(id: string): Locator {
    return this.domainGroup(id).getByLabel(S.rating.seen, { exact: true });
  }

  /** On the rating view: checks a rating by pointer. */
  async rate(id: string, rating: Rating): Promise<void> {
    await this.ratingRadio(id, rating).check();
  }

  /** On the rating view: the checked rating of each domain, read from the radios. */
  async ratingsOnScreen(): Promise<Record<string, Rating | null>> {
    const result: Record<string, Rating | null> = {};
    for (const domain of domains) {
      result[domain.id] = null;
      for (const rating of Object.keys(S.rating.options) as Rating[]) {
        if (await this.ratingRadio(domain.id, rating).isChecked()) result[domain.id] = rating;
      }
    }
    return result;
  }

  /** On the rating view: "Naar het resultaat" and the result's heading. */
  async toResult(title: string): Promise<void> {
    await this.page.getByRole('link', { name: S.nav.toResult, exact: true }).last().click();
    await this.heading(this.resultHeading(title)).waitFor();
  }

  /** The heading of a scan's result. */
  resultHeading(title: string): string {
    return `${S.views.result}: ${title}`;
  }

  /** On the result: the checkbox that chooses a type of intervention. */
  typeCheckbox(title: string): Locator {
    return this.page.getByRole('checkbox', { name: title, exact: true });
  }

  /** On the result: downloads the scan as a file; returns its text. */
  async exportScan(): Promise<string> {
    return (await this.download(this.page.getByRole('button', { name: S.result.exportJson, exact: true }))).text;
  }
}
