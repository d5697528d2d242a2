/**
 * A team session without files (issue 17), in Chromium on the built site: a coordinator starts a
 * session, three members open the invitation in their own browsers (separate contexts, so separate
 * storage), fill in and send their scan by link, the coordinator opens the links, sees where the
 * members differ, discusses on the projector with the keyboard, and saves the agreement as the
 * team's scan. The QR code is read back with a QR reader. Bad links change nothing stored.
 * Run `npm run build` first.
 */
import { deflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import type { Rating } from '../../src/lib/scan/ratings';
import { SCAN_STORAGE_KEY, scanTool } from '../../src/lib/scan/tool';
import { MAX_NOTE_LENGTH, MAX_TITLE_LENGTH } from '../../src/lib/limits';
import { MAX_LINK_PAYLOAD, scanLinkPayload } from '../../src/lib/scan/link';
import { T2, variedText } from '../fixtures/scan-examples';
import type { Scan } from '../../src/lib/scan/model';
import { format, plural } from '../../src/lib/text';
import { useBrowserSuite } from '../support/browser-suite';
import { contentCatalogue } from '../support/scan-catalogue';
import { storedDocument } from '../support/stored';
import { axeScan, fillNewScan, openSession, viewHeading } from '../support/tool-session';

const suite = useBrowserSuite();
const catalogue = contentCatalogue();
const SS = S.session;
const [first, second, third] = catalogue.domains;

/** The members' answers: they agree on the first domain, differ by two steps on the second and third. */
const members: { role: string; ratings: Record<string, Rating>; note: string }[] = [
  {
    role: 'mentor 2B',
    ratings: { [first!.id]: 'grote', [second!.id]: 'geen', [third!.id]: 'grote' },
    note: 'Veel leerlingen zijn moe in de les.',
  },
  {
    role: 'docent Engels',
    ratings: { [first!.id]: 'grote', [second!.id]: 'grote', [third!.id]: 'geen' },
    note: 'Na de pauze gaat het beter.',
  },
  { role: '', ratings: { [first!.id]: 'grote', [second!.id]: 'enige', [third!.id]: 'enige' }, note: 'Groepjes werken goed.' },
];

async function rate(page: Page, domainLabel: string, rating: Rating): Promise<void> {
  await page
    .getByRole('group', { name: domainLabel, exact: true })
    .getByRole('radio', { name: S.rating.options[rating], exact: true })
    .check();
}

/** Reads the QR code on screen with a QR reader, from a screenshot of it. */
async function readQr(page: Page): Promise<string | null> {
  const shot = PNG.sync.read(await page.locator('.session-invite__qr').screenshot());
  return jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height)?.data ?? null;
}

const storedScanCount = (page: Page) =>
  page.evaluate((key) => Object.keys(localStorage).filter((name) => name.startsWith(key)).length, SCAN_STORAGE_KEY);

describe('a team session without files', () => {
  it('invites by link and QR code, collects three members’ links, discusses by keyboard and saves the team’s scan', async () => {
    const violations: string[] = [];
    const coordinator = await openSession(suite, { viewport: { width: 1280, height: 800 } });
    try {
      const page = coordinator.page;
      await page.goto(suite.siteUrl('/schoolscan/'));
      await viewHeading(page, S.views.list).waitFor();
      await page.getByRole('link', { name: SS.startLink, exact: true }).click();
      await viewHeading(page, SS.startLink).waitFor();
      await fillNewScan(page, { title: 'Klas 2B', level: 'klas', schoolType: 'vo' });
      await page.getByRole('button', { name: SS.create, exact: true }).click();
      await viewHeading(page, format(SS.heading, { title: 'Klas 2B' })).waitFor();

      const invite = await page.getByLabel(SS.inviteLinkLabel, { exact: true }).inputValue();
      expect(invite).toMatch(/\/schoolscan\/#doe-mee\/[a-z0-9]+\/klas\/vo\/Klas%202B$/);
      await page.locator('.session-invite__qr').waitFor();
      expect(await readQr(page), 'the QR code holds the invitation link').toBe(invite);
      violations.push(...(await axeScan(page, 'session, no scans yet')));

      // Each member on their own device: the invitation, the scan, the link back.
      const links: string[] = [];
      for (const member of members) {
        const phone = await openSession(suite, { viewport: { width: 360, height: 740 } });
        try {
          const mp = phone.page;
          await mp.goto(invite);
          await viewHeading(mp, S.views.create).waitFor();
          expect(await mp.getByLabel(S.details.title, { exact: true }).inputValue(), 'title filled in').toBe('Klas 2B');
          expect(await mp.getByRole('radio', { name: S.details.schoolTypes.vo, exact: true }).isChecked(), 'school type filled in').toBe(
            true,
          );
          if (member.role) await mp.getByLabel(S.details.role, { exact: true }).fill(member.role);
          await mp.getByRole('button', { name: S.details.start, exact: true }).click();
          await viewHeading(mp, 'Klas 2B').waitFor();
          for (const domain of [first!, second!, third!]) await rate(mp, domain.label, member.ratings[domain.id]!);
          await mp.getByLabel(S.rating.seen, { exact: true }).first().fill(member.note);
          await mp.getByRole('link', { name: S.nav.toResult, exact: true }).last().click();
          await viewHeading(mp, `${S.views.result}: Klas 2B`).waitFor();
          await mp.getByRole('link', { name: SS.sendLink, exact: true }).click();
          await viewHeading(mp, `${SS.sendHeading}: Klas 2B`).waitFor();
          const field = mp.getByLabel(SS.linkLabel, { exact: true });
          await field.waitFor();
          expect(await mp.getByText(SS.sendWho).isVisible(), 'says who can read the link').toBe(true);
          if (links.length === 0) violations.push(...(await axeScan(mp, 'member: send the scan')));
          links.push(await field.inputValue());
          await phone.close();
        } catch (error) {
          await phone.context.close();
          throw error;
        }
      }
      for (const link of links) expect(link).toMatch(/\/schoolscan\/#lid\/2\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16}$/);

      // The coordinator opens the first link, then pastes the other two at once.
      await page.goto(links[0]!);
      await viewHeading(page, SS.receivedHeading).waitFor();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Klas 2B' }).count()).toBeGreaterThan(0);
      violations.push(...(await axeScan(page, 'a member’s link opened')));
      await page.getByRole('link', { name: format(SS.listLink, { title: 'Klas 2B' }), exact: true }).click();
      await page.getByLabel(SS.pasteLabel, { exact: true }).fill(`${links[1]}\n${links[2]}`);
      await page.getByRole('button', { name: SS.pasteButton, exact: true }).click();
      await page.getByText(plural(2, SS.pasteResult), { exact: true }).waitFor();
      await page.getByText(plural(3, SS.collected), { exact: true }).waitFor();
      // Opening a link again adds nothing.
      await page.getByLabel(SS.pasteLabel, { exact: true }).fill(links[0]!);
      await page.getByRole('button', { name: SS.pasteButton, exact: true }).click();
      await page.getByText(plural(1, SS.pasteKnown), { exact: true }).waitFor();
      await page.getByText(plural(3, SS.collected), { exact: true }).waitFor();

      // The overview flags the two domains where members differ by two steps.
      const flagged = await page.locator('table.team-table tr.team-table__discuss th[scope="row"]').allTextContents();
      expect(flagged).toEqual([second!.label, third!.label]);
      violations.push(...(await axeScan(page, 'session with three members')));

      // On the projector: the domains to discuss first, arrows to move, the agreement saved.
      await page.getByRole('link', { name: SS.present, exact: true }).click();
      await viewHeading(page, format(SS.presentHeading, { title: 'Klas 2B' })).waitFor();
      const shownDomain = () => page.locator('.present__domain').textContent();
      expect(await shownDomain()).toBe(second!.label);
      expect(await page.getByText('Na de pauze gaat het beter.').count(), 'the notes of the domain, without names').toBe(0);
      violations.push(...(await axeScan(page, 'presentation')));
      await page
        .getByRole('group', { name: SS.agreedLegend, exact: true })
        .getByRole('radio', { name: S.rating.options.enige, exact: true })
        .check();
      await page.locator('.present__domain').click();
      await page.keyboard.press('ArrowRight');
      await expect.poll(shownDomain).toBe(third!.label);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(shownDomain).toBe(second!.label);
      expect(
        await page
          .getByRole('group', { name: SS.agreedLegend, exact: true })
          .getByRole('radio', { name: S.rating.options.enige, exact: true })
          .isChecked(),
        'the agreement is kept',
      ).toBe(true);
      await page.keyboard.press('ArrowRight');
      await expect.poll(shownDomain).toBe(third!.label);
      await page
        .getByRole('group', { name: SS.agreedLegend, exact: true })
        .getByRole('radio', { name: S.rating.options.grote, exact: true })
        .check();
      // The first domain (all three agree) comes after the ones to discuss.
      await page.getByRole('button', { name: SS.next, exact: true }).click();
      await expect.poll(shownDomain).toBe(first!.label);
      expect(await page.getByText(members[0]!.note, { exact: true }).count(), 'a member’s note, without a name').toBe(1);
      for (let step = 3; step < catalogue.domains.length; step += 1) await page.getByRole('button', { name: SS.next, exact: true }).click();
      await page.getByRole('button', { name: SS.finish, exact: true }).click();

      await viewHeading(page, `${S.views.result}: Klas 2B`).waitFor();
      const teamScan = (await storedDocument(page, scanTool)).scans.find((scan) => scan.title === 'Klas 2B' && scan.team);
      expect(teamScan?.team, 'the team scan counts its members').toEqual({ members: 3 });
      expect(teamScan?.domains[second!.id]?.rating, 'agreed').toBe('enige');
      expect(teamScan?.domains[third!.id]?.rating, 'agreed').toBe('grote');
      expect(teamScan?.domains[first!.id]?.rating, 'most common where nothing was agreed').toBe('grote');
      await coordinator.close();
    } catch (error) {
      await coordinator.context.close();
      throw error;
    }
    expect(violations, 'axe violations').toEqual([]);
  }, 240_000);

  it('opens the longest link the tool makes (every note at its full length) and says it is stored', async () => {
    const full = (seed: number) => variedText(MAX_NOTE_LENGTH, seed);
    const answers = Object.fromEntries(
      catalogue.domains.map((domain, index) => [
        domain.id,
        { rating: 'enige' as const, seen: full(2 * index + 1), going: full(2 * index + 2) },
      ]),
    );
    // The site's own domains (the fixtures' catalogue is a smaller one).
    const scan: Scan = {
      id: 'langelink',
      title: 'L'.repeat(MAX_TITLE_LENGTH),
      level: 'klas',
      schoolType: 'vo',
      date: '2026-12-01',
      role: 'R'.repeat(MAX_TITLE_LENGTH),
      domains: answers,
      chosen: catalogue.interventions.map((type) => type.id),
      createdAt: T2,
      updatedAt: T2,
    };
    const payload = await scanLinkPayload(scan, T2);
    console.log(`The longest link: ${payload.length} characters after "#lid/" (limit ${MAX_LINK_PAYLOAD})`);
    const session = await openSession(suite);
    try {
      const page = session.page;
      await page.goto(suite.siteUrl(`/schoolscan/#lid/${payload}`));
      await page
        .getByRole('status')
        .filter({ hasText: format(SS.receivedLoose, { title: scan.title }) })
        .waitFor();
      const stored = (await storedDocument(page, scanTool)).scans;
      expect(stored).toEqual([scan]);
      await session.close();
    } catch (error) {
      await session.context.close();
      throw error;
    }
  }, 120_000);

  it('a cut-off, changed or foreign link says why and changes nothing stored', async () => {
    const session = await openSession(suite);
    try {
      const page = session.page;
      await page.goto(suite.siteUrl('/schoolscan/'));
      await viewHeading(page, S.views.list).waitFor();
      const before = await storedScanCount(page);
      const packed = (text: string) => deflateSync(text).toString('base64url');
      const scanLike = packed('hello world');
      const cases: [string, string][] = [
        [`1.${scanLike}`, SS.linkErrors['not-json']],
        [`1.${scanLike.slice(0, -3)}`, SS.linkErrors['link-broken']],
        [`1.${scanLike.slice(0, -1)}A`, SS.linkErrors['link-broken']],
        [`9.${scanLike}`, format(SS.linkErrors['newer-version'], { version: 9 })],
        [
          `1.${packed(JSON.stringify({ format: 'welbevinden-werkblad', version: 1, exportedAt: '2026-12-01T10:00:00.000Z' }))}`,
          SS.linkErrors['not-a-scan'],
        ],
        ['niets', SS.linkErrors['link-broken']],
      ];
      for (const [payload, message] of cases) {
        await page.goto(suite.siteUrl(`/schoolscan/#lid/${payload}`));
        await page.reload();
        await page.getByRole('alert').filter({ hasText: message }).waitFor();
        expect(await storedScanCount(page), payload).toBe(before);
      }
      await session.close();
    } catch (error) {
      await session.context.close();
      throw error;
    }
  }, 120_000);
});
