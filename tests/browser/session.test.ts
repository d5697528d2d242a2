/**
 * A team meeting, in Chromium on the built site: a coordinator starts a session from "Met je
 * team", four members open the invitation on their own phones (separate contexts, so separate
 * storage) and send their scan by link, one of them opening the invitation twice and sending twice,
 * the coordinator rates as a member herself and pastes a chat message with the links; every member
 * counts once. The QR code is read back with a QR reader. A member's link on a device without the
 * session, and bad links, change nothing they should not. Run `npm run build` first.
 */
import { deflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import type { Rating } from '../../src/lib/scan/ratings';
import { SCAN_STORAGE_KEY } from '../../src/lib/scan/tool';
import { MAX_NOTE_LENGTH, MAX_TITLE_LENGTH } from '../../src/lib/limits';
import { MAX_LINK_PAYLOAD, scanLinkPayload } from '../../src/lib/scan/link';
import { T2, variedText } from '../fixtures/scan-examples';
import type { Scan } from '../../src/lib/scan/model';
import { format } from '../../src/lib/text';
import { useBrowserSuite } from '../support/browser-suite';
import { contentCatalogue } from '../support/scan-catalogue';
import { SchoolscanPage } from '../support/schoolscan-page';
import { axeScan, openSession } from '../support/tool-session';

const suite = useBrowserSuite();
const siteUrl = suite.siteUrl;
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
  { role: 'gymdocent', ratings: { [first!.id]: 'grote', [second!.id]: 'geen', [third!.id]: 'enige' }, note: 'Buiten gaat het goed.' },
];

/** Reads the QR code on screen with a QR reader, from a screenshot of it. */
async function readQr(page: Page): Promise<string | null> {
  const shot = PNG.sync.read(await page.locator('.session-invite__qr').screenshot());
  return jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height)?.data ?? null;
}

const storedScanCount = (page: Page) =>
  page.evaluate((key) => Object.keys(localStorage).filter((name) => name.startsWith(key)).length, SCAN_STORAGE_KEY);

/** The y of an element's top on the page (not the screen), at the current scroll. */
const pageY = (selector: ReturnType<Page['locator']>) =>
  selector.evaluate((element) => Math.round(element.getBoundingClientRect().top + window.scrollY));

describe('a team meeting', () => {
  it('counts every member once: four members, one opening the invitation twice and sending twice, the coordinator rating herself and pasting her own link', async () => {
    const violations: string[] = [];
    const coordinator = await openSession(suite, { viewport: { width: 1280, height: 720 } });
    try {
      const page = coordinator.page;
      const scan = new SchoolscanPage(page, siteUrl);
      await scan.open();
      await scan.createSession({ title: 'Klas 2B', level: 'klas', schoolType: 'vo' });

      const invite = await page.getByLabel(SS.inviteLinkLabel, { exact: true }).inputValue();
      expect(invite).toMatch(/\/schoolscan\/#doe-mee\/[a-z0-9]+\/klas\/vo\/Klas%202B$/);
      await page.locator('.session-invite__qr').waitFor();
      expect(await readQr(page), 'the QR code holds the invitation link').toBe(invite);
      violations.push(...(await axeScan(page, 'session, no scans yet')));

      // Each member on their own phone: the invitation, the scan, the link back.
      const links: string[] = [];
      for (const [index, member] of members.entries()) {
        const phone = await openSession(suite, { viewport: { width: 360, height: 740 } });
        try {
          const mp = phone.page;
          const memberScan = new SchoolscanPage(mp, siteUrl);
          await mp.goto(invite);
          await memberScan.heading(format(SS.joinHeading, { title: 'Klas 2B' })).waitFor();
          const startBox = await memberScan.startButton().boundingBox();
          if (index === 0) console.log(`At 360 × 740: "${S.details.start}" at y = ${Math.round(startBox!.y)} on the screen`);
          expect(startBox!.y + startBox!.height, '"Scan starten" in the first screen').toBeLessThanOrEqual(740);
          if (index === 0) violations.push(...(await axeScan(mp, 'member: the invitation')));
          await memberScan.join('Klas 2B', member.role);
          for (const domain of [first!, second!, third!]) await memberScan.rate(domain.id, member.ratings[domain.id]!);
          await memberScan.seenField(first!.id).fill(member.note);

          if (index === 0) {
            // The invitation opened again on the same phone: the scan it has, not a new one.
            await mp.goto(invite);
            await mp.getByText(format(SS.joinAgain, { title: 'Klas 2B' }), { exact: true }).waitFor();
            violations.push(...(await axeScan(mp, 'member: the invitation again')));
            await mp.getByRole('link', { name: SS.joinContinue, exact: true }).click();
            await memberScan.heading('Klas 2B').waitFor();
            expect(await memberScan.seenField(first!.id).inputValue(), 'the same scan').toBe(member.note);
          }

          // After the last domain, the next step is sending: nothing in between.
          const send = memberScan.sendLink();
          const lastDomain = mp.locator('.domain-fieldset').last();
          const [sendY, lastY, height] = [await pageY(send), await pageY(lastDomain), await mp.evaluate(() => document.body.scrollHeight)];
          if (index === 0) console.log(`At 360 × 740: "${SS.sendLink}" at y = ${sendY} of ${height} (the last domain starts at ${lastY})`);
          expect(
            await send.evaluate((link) => {
              const fieldsets = [...document.querySelectorAll('.domain-fieldset')];
              const after = fieldsets.at(-1)!.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING;
              const between = [...document.querySelectorAll('input[type="checkbox"], a.button, button')].filter(
                (control) =>
                  fieldsets.at(-1)!.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING &&
                  control.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING,
              );
              return Boolean(after) && between.length === 0;
            }),
            '"Stuur naar de coördinator" right after the last domain',
          ).toBe(true);
          const sent = await memberScan.send('Klas 2B');
          if (index === 0) violations.push(...(await axeScan(mp, 'member: send the scan')));
          links.push(sent);

          if (index === 0) {
            // A second send after a change: it replaces the first.
            await mp.goBack();
            await memberScan.heading('Klas 2B').waitFor();
            await memberScan.rate(first!.id, 'enige');
            await memberScan.send('Klas 2B');
            await expect.poll(() => memberScan.linkField().inputValue()).not.toBe(links[0]);
            links.push(await memberScan.linkField().inputValue());
          }
          await phone.close();
        } catch (error) {
          await phone.context.close();
          throw error;
        }
      }
      for (const link of links) expect(link).toMatch(/\/schoolscan\/#lid\/2\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16}$/);

      // The coordinator opens the first member's first link.
      await page.goto(links[0]!);
      await scan.heading(SS.receivedHeading).waitFor();
      await expect.poll(() => page.locator('.receive [role="status"]').filter({ hasText: 'Klas 2B' }).count()).toBe(1);
      violations.push(...(await axeScan(page, 'a member’s link opened')));
      await page.getByRole('link', { name: format(SS.listLink, { title: 'Klas 2B' }), exact: true }).click();
      await scan.collected(1).waitFor();

      // She rates as a member of her own session, on this device.
      await page.getByRole('link', { name: SS.rateYourself, exact: true }).click();
      await scan.heading(format(SS.joinHeading, { title: 'Klas 2B' })).waitFor();
      await scan.join('Klas 2B', 'intern begeleider');
      for (const domain of [first!, second!, third!]) await scan.rate(domain.id, 'grote');
      await page.getByRole('link', { name: SS.toSession, exact: true }).last().click();
      await scan.collected(2).waitFor();
      const own = (await scan.storedDocument()).scans.find((item) => item.role === 'intern begeleider')!;

      // A chat message with the other links, the second send of the first member and her own link, and text around them.
      await scan.visit(`#scan/${own.id}/delen`);
      const ownLink = await scan.linkField().inputValue();
      await scan.visit(`#sessie/${own.session}`);
      const wrapped = (link: string) => `${link.slice(0, 60)}\n${link.slice(60)}`;
      const chat = [
        `[10:41] ${members[1]!.role}: Hier is mijn scan ${links[2]}`,
        `[10:42] ${members[0]!.role}: Ik heb nog iets aangepast:`,
        wrapped(links[1]!),
        `[10:43] Teamlid: ${links[3]} groetjes`,
        `> ${links[4]}`,
        `[10:44] Ik: ${ownLink}`,
      ].join('\n');
      await page.getByLabel(SS.pasteLabel, { exact: true }).fill(chat);
      await page.getByRole('button', { name: SS.pasteButton, exact: true }).click();
      const report = page.locator('.session-report li');
      await expect.poll(() => report.count()).toBe(5);
      const lines = await report.allTextContents();
      expect(
        lines.filter((line) => line.includes('bijgewerkt')),
        'the second send replaces the first',
      ).toHaveLength(1);
      expect(
        lines.filter((line) => line.includes('al toegevoegd')),
        'her own link adds nothing',
      ).toHaveLength(1);
      expect(
        lines.some((line) => line.includes('niet compleet')),
        'no error for the text around the links',
      ).toBe(false);
      await scan.collected(5).waitFor();
      violations.push(...(await axeScan(page, 'session with five members')));

      // The spread: one answer per member.
      const firstRow = page.locator('table.team-table tr').filter({ has: page.locator('th[scope="row"]', { hasText: first!.label }) });
      expect(await firstRow.innerText()).toMatch(/\b1\b[\s\S]*\b4\b|\b4\b[\s\S]*\b1\b/);
      const stored = (await scan.storedDocument()).scans;
      expect(stored.filter((item) => item.session === own.session && item.id !== own.session).length, 'five member scans stored').toBe(5);

      // Taking a member out, and back.
      const rows = page.locator('.session-members li');
      await rows.nth(3).getByRole('button', { name: SS.removeMember }).click();
      await scan.collected(4).waitFor();
      const undo = page.getByRole('button', { name: S.list.undo, exact: true });
      await expect.poll(() => undo.evaluate((button) => button === document.activeElement)).toBe(true);
      violations.push(...(await axeScan(page, 'a member taken out')));
      await undo.click();
      await scan.collected(5).waitFor();

      // On the projector: the domains to discuss first, arrows to move, the agreement saved.
      await scan.present();
      await scan.heading(format(SS.presentHeading, { title: 'Klas 2B' })).waitFor();
      expect([second!.label, third!.label]).toContain(await scan.presentedDomain().textContent());
      await scan.presentToTheEnd(catalogue.domains.length);
      await scan.heading(scan.resultHeading('Klas 2B')).waitFor();
      const teamScan = (await scan.storedDocument()).scans.find((item) => item.id === own.session);
      expect(teamScan?.team, 'the team scan counts each member once').toEqual({ members: 5 });
      await coordinator.close();
    } catch (error) {
      await coordinator.context.close();
      throw error;
    }
    expect(violations, 'axe violations').toEqual([]);
  }, 300_000);

  it('a member’s link on a device without the session: says how to get it to the coordinator, and adds it to a session there', async () => {
    const member: Scan = {
      ...(await import('../../src/lib/scan/session')).joinScan(
        { session: 'elders', title: 'Klas 3A', level: 'klas', schoolType: 'vo' },
        'mentor',
        catalogue.domains,
        { id: 'lidelders', member: 'sleutel', now: T2, today: '2026-12-01' },
      ),
    };
    const link = `#lid/${await scanLinkPayload(member, T2)}`;
    const violations: string[] = [];
    const device = await openSession(suite, { viewport: { width: 360, height: 740 } });
    try {
      const page = device.page;
      const scan = new SchoolscanPage(page, siteUrl);
      await scan.visit(link);
      await page.getByText(SS.otherDevice, { exact: true }).waitFor();
      expect(await page.getByRole('button', { name: SS.addToSession }).count(), 'no session here to add it to').toBe(0);
      violations.push(...(await axeScan(page, 'a member’s link on another device')));

      // A device that has a session of its own: the scan can be added to it.
      await scan.visit('#sessie/nieuw');
      await scan.makeSession({ title: 'Klas 3A', level: 'klas', schoolType: 'vo' });
      await scan.visit(link);
      await page.getByRole('button', { name: SS.addToSession, exact: true }).waitFor();
      violations.push(...(await axeScan(page, 'a member’s link: add it to a session')));
      await page.getByRole('button', { name: SS.addToSession, exact: true }).click();
      await scan.heading(scan.sessionHeading('Klas 3A')).waitFor();
      await scan.collected(1).waitFor();
      await device.close();
    } catch (error) {
      await device.context.close();
      throw error;
    }
    expect(violations, 'axe violations').toEqual([]);
  }, 120_000);

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
      const schoolscan = new SchoolscanPage(session.page, siteUrl);
      await schoolscan.visit(`#lid/${payload}`);
      await schoolscan.page
        .getByRole('status')
        .filter({ hasText: format(SS.receivedLoose, { title: scan.title }) })
        .waitFor();
      const stored = (await schoolscan.storedDocument()).scans;
      expect(stored).toEqual([{ ...scan, received: expect.any(String) }]);
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
      const scan = new SchoolscanPage(page, siteUrl);
      await scan.open();
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
        await scan.visit(`#lid/${payload}`);
        await page.reload();
        await scan.alert(message).waitFor();
        expect(await storedScanCount(page), payload).toBe(before);
      }
      await session.close();
    } catch (error) {
      await session.context.close();
      throw error;
    }
  }, 120_000);
});
