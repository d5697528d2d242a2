/**
 * The schoolscan with 20 stored scans: time from a click on a rating radio to (a) localStorage
 * holding the new rating and (b) the result view's profile showing it.
 *
 * The scans are written by hand in the stored format of src/lib/scan/model.ts (version 1) with
 * the domain ids of src/content/domains.yaml. Times are taken inside the page, from the click
 * event (a capturing listener, so before the island's handler) to:
 * (a) the end of the localStorage.setItem call that stores the new rating (setItem is wrapped
 *     by an init script that only records the time, then calls the original);
 * (b) the profile row of that domain showing the new rating, after switching to
 *     #scan/<id>/resultaat right after the click (a separate series of clicks).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { Recorder } from './browser.ts';
import { BenchError, median, progress, projectRoot } from './lib.ts';

const KEY = 'welbevinden.schoolscan';
const ratings = ['geen', 'enige', 'grote', 'onbekend'] as const;
type Rating = (typeof ratings)[number];
/** The rating labels of src/lib/i18n/schoolscan.nl.ts. */
const ratingLabels: Record<Rating, string> = {
  geen: 'Geen zorgen',
  enige: 'Enige zorgen',
  grote: 'Grote zorgen',
  onbekend: 'Weet ik niet',
};

interface Domain {
  id: string;
  label: string;
}

export interface ToolTimes {
  scans: number;
  clicks: number;
  storage: number[];
  profile: number[];
  storageMedian: number;
  profileMedian: number;
}

function readDomains(): Domain[] {
  const data = load(readFileSync(join(projectRoot, 'src/content/domains.yaml'), 'utf8')) as { id: string; label: string; order: number }[];
  return [...data].sort((a, b) => a.order - b.order).map(({ id, label }) => ({ id, label }));
}

/** 20 scans, each with every domain rated and notes of a realistic length. */
function storedDocument(domains: readonly Domain[], count: number): { text: string; ids: string[] } {
  const now = Date.now();
  const note =
    'We zien dat een deel van de leerlingen moeite heeft om na de pauze weer tot rust te komen; de mentoren bespreken dit in het teamoverleg. ';
  const scans = Array.from({ length: count }, (_, index) => {
    const time = new Date(now - (count - index) * 86_400_000).toISOString();
    return {
      id: randomBytes(12).toString('hex'),
      title: `Benchmarkscan ${index + 1}`,
      level: 'klas',
      schoolType: index % 2 ? 'vo' : 'po',
      date: time.slice(0, 10),
      role: 'Intern begeleider',
      domains: Object.fromEntries(
        domains.map((domain, position) => [
          domain.id,
          {
            rating: ratings[(index + position) % ratings.length]!,
            seen: position % 3 === 0 ? note : '',
            going: position % 4 === 0 ? note : '',
          },
        ]),
      ),
      chosen: [],
      createdAt: time,
      updatedAt: time,
    };
  });
  return { text: JSON.stringify({ version: 1, data: { scans, deleted: {} } }), ids: scans.map((scan) => scan.id) };
}

async function storedRating(page: Page, scanId: string, domainId: string): Promise<Rating | null> {
  return page.evaluate(
    ({ key, scanId, domainId }) => {
      const doc = JSON.parse(localStorage.getItem(key) ?? 'null') as {
        data: { scans: { id: string; domains: Record<string, { rating: string | null }> }[] };
      } | null;
      return (doc?.data.scans.find((scan) => scan.id === scanId)?.domains[domainId]?.rating ?? null) as never;
    },
    { key: KEY, scanId, domainId },
  );
}

export async function measureTools(browser: Browser, siteUrl: string, scanCount = 20, clicks = 10): Promise<ToolTimes> {
  const domains = readDomains();
  const { text, ids } = storedDocument(domains, scanCount);
  const scanId = ids[Math.floor(ids.length / 2)]!;
  const title = `Benchmarkscan ${Math.floor(ids.length / 2) + 1}`;
  const context = await browser.newContext();
  try {
    const recorder = await Recorder.attach(context, new URL(siteUrl).origin);
    await context.addInitScript((key) => {
      const w = window as unknown as { __bench: { clickAt?: number; writes: { at: number; value: string }[] } };
      w.__bench = { writes: [] };
      document.addEventListener('click', () => (w.__bench.clickAt = performance.now()), { capture: true });
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function setItem(this: Storage, name: string, value: string) {
        original.call(this, name, value);
        if (name === key) w.__bench.writes.push({ at: performance.now(), value });
      };
    }, KEY);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(new URL('onderzoek/', siteUrl).href);
    await page.evaluate(({ key, text }) => localStorage.setItem(key, text), { key: KEY, text });
    await page.goto(new URL(`schoolscan/#scan/${scanId}`, siteUrl).href);
    const heading = page.getByRole('heading', { level: 2, name: title, exact: true });
    await heading.waitFor();

    const clickTo = async (index: number): Promise<{ domain: Domain; rating: Rating }> => {
      const domain = domains[index % domains.length]!;
      const current = await storedRating(page, scanId, domain.id);
      const rating = ratings[(ratings.indexOf(current ?? 'onbekend') + 1 + (index % 2)) % ratings.length]!;
      await page.evaluate(() => {
        const w = window as unknown as { __bench: { clickAt?: number; writes: unknown[] } };
        w.__bench.clickAt = undefined;
        w.__bench.writes = [];
      });
      await page.locator(`#domein-${domain.id} input[type="radio"][value="${rating}"]`).click();
      return { domain, rating };
    };

    // (a) click → saved.
    const storage: number[] = [];
    for (let index = 0; index < clicks; index++) {
      progress(`tools: rating click ${index + 1}/${clicks} → localStorage`);
      const { domain, rating } = await clickTo(index);
      const elapsed = await page.evaluate(
        async ({ scanId, domainId, rating }) => {
          const w = window as unknown as { __bench: { clickAt?: number; writes: { at: number; value: string }[] } };
          const deadline = performance.now() + 10_000;
          while (performance.now() < deadline) {
            const write = w.__bench.writes.find((entry) => {
              const doc = JSON.parse(entry.value) as {
                data: { scans: { id: string; domains: Record<string, { rating: string | null }> }[] };
              };
              return doc.data.scans.find((scan) => scan.id === scanId)?.domains[domainId]?.rating === rating;
            });
            if (write && w.__bench.clickAt !== undefined) return write.at - w.__bench.clickAt;
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
          return null;
        },
        { scanId, domainId: domain.id, rating },
      );
      if (elapsed === null) throw new BenchError(`the rating ${rating} for ${domain.id} was not saved within 10 s`);
      storage.push(elapsed);
    }

    // (b) click → result view → profile row shows the rating.
    const profile: number[] = [];
    for (let index = 0; index < clicks; index++) {
      progress(`tools: rating click ${index + 1}/${clicks} → profile`);
      const { domain, rating } = await clickTo(index + 3);
      const elapsed = await page.evaluate(
        async ({ scanId, label, text }) => {
          const w = window as unknown as { __bench: { clickAt?: number } };
          location.hash = `#scan/${scanId}/resultaat`;
          const shows = () =>
            [...document.querySelectorAll('table.concern-profile tbody tr')].some(
              (row) => row.querySelector('th')?.textContent?.trim() === label && row.querySelector('td')?.textContent?.trim() === text,
            );
          const deadline = performance.now() + 10_000;
          while (performance.now() < deadline) {
            if (shows() && w.__bench.clickAt !== undefined) return performance.now() - w.__bench.clickAt;
            await new Promise((resolve) => setTimeout(resolve, 2));
          }
          return null;
        },
        { scanId, label: domain.label, text: ratingLabels[rating] },
      );
      if (elapsed === null) throw new BenchError(`the profile did not show ${ratingLabels[rating]} for ${domain.label} within 10 s`);
      profile.push(elapsed);
      await page.evaluate((id) => (location.hash = `#scan/${id}`), scanId);
      await heading.waitFor();
      if ((await storedRating(page, scanId, domain.id)) !== rating)
        throw new BenchError(`the rating ${rating} for ${domain.id} was not kept`);
    }
    await recorder.settle({ allowAborted: true });
    if (errors.length) throw new BenchError(`errors on /schoolscan/: ${errors.join('; ')}`);
    return { scans: scanCount, clicks, storage, profile, storageMedian: median(storage), profileMedian: median(profile) };
  } finally {
    await context.close();
  }
}
