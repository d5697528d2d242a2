/**
 * The schoolscan (/schoolscan/) in Chromium as a user finds its parts: by role and by the words
 * on screen (schoolscan.nl.ts), so that a browser test reads as the steps a user takes.
 */
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import type { Scan, ScanDocument } from '../../src/lib/scan/model';
import type { Rating } from '../../src/lib/scan/ratings';
import { SCAN_STORAGE_KEY, scanTool } from '../../src/lib/scan/tool';
import { contentCatalogue } from './scan-catalogue';
import { storedDocument } from './stored';
import { ToolPage } from './tool-page';
import { fillNewScan, type NewScanDetails } from './tool-session';

const domains = contentCatalogue().domains;

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
    await fillNewScan(this.page, details);
    await this.page.getByRole('button', { name: S.details.start, exact: true }).click();
    await this.heading(details.title).waitFor();
    return this.routeId();
  }

  /** On the rating view: the group of one domain. */
  domainGroup(id: string): Locator {
    return this.page.getByRole('group', { name: domainLabel(id), exact: true });
  }

  /** On the rating view: one answer of one domain. */
  ratingRadio(id: string, rating: Rating): Locator {
    return this.domainGroup(id).getByRole('radio', { name: S.rating.options[rating], exact: true });
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
    await this.heading(`${S.views.result}: ${title}`).waitFor();
  }
}
