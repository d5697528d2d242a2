/**
 * Typing in the tools with much stored: the time of one keystroke, from the key going down to
 * the end of the localStorage write that saves it, with 1, 100 and 500 scans stored in the
 * schoolscan and 1,000 worksheets in the werkblad.
 *
 * The records are written as a version 1 document (the format of src/lib/scan/model.ts and
 * src/lib/werkblad/model.ts), with the ids of the real content. The tool reads that once (and
 * moves it into its own format, if it has one), then the page is reloaded, so each keystroke is
 * measured on what the tool keeps from then on. Times are taken in the page: a capturing keydown
 * listener notes the time, and a wrapped Storage.prototype.setItem the end of the first write
 * under the tool's key after it. Keys are pressed one by one, each after the last was saved.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Browser } from 'playwright-core';
import { BenchError, median, progress, projectRoot } from './lib.ts';

export interface KeystrokeTimes {
  tool: 'schoolscan' | 'werkblad';
  records: number;
  keys: number;
  times: number[];
  median: number;
  max: number;
}

const read = <T>(file: string): T => load(readFileSync(join(projectRoot, 'src/content', file), 'utf8')) as T;
const hex = () => randomBytes(12).toString('hex');
const note =
  'We zien dat een deel van de leerlingen moeite heeft om na de pauze weer tot rust te komen; de mentoren bespreken dit in het teamoverleg. ';

function scans(count: number): { text: string; id: string; title: string; field: string } {
  const domains = read<{ id: string; order: number }[]>('domains.yaml').sort((a, b) => a.order - b.order);
  const now = Date.now();
  const list = Array.from({ length: count }, (_, index) => {
    const time = new Date(now - (count - index) * 60_000).toISOString();
    return {
      id: hex(),
      title: `Benchmarkscan ${index + 1}`,
      level: 'klas',
      schoolType: 'po',
      date: time.slice(0, 10),
      role: 'Intern begeleider',
      domains: Object.fromEntries(
        domains.map((domain, position) => [
          domain.id,
          { rating: 'enige', seen: position % 3 ? '' : note, going: position % 4 ? '' : note },
        ]),
      ),
      chosen: [],
      createdAt: time,
      updatedAt: time,
    };
  });
  const middle = list[Math.floor(count / 2)]!;
  return {
    text: JSON.stringify({ version: 1, data: { scans: list, deleted: {} } }),
    id: middle.id,
    title: middle.title,
    field: `#domein-${domains[1]!.id}-going`,
  };
}

function worksheets(count: number): { text: string; id: string; title: string; field: string } {
  const questions = read<{ id: string; order: number }[]>('questions.yaml').sort((a, b) => a.order - b.order);
  const now = Date.now();
  const list = Array.from({ length: count }, (_, index) => {
    const time = new Date(now - (count - index) * 60_000).toISOString();
    return {
      id: hex(),
      title: `Benchmarkwerkblad ${index + 1}`,
      typeId: null,
      scanId: null,
      domains: [],
      answers: Object.fromEntries(questions.map((question) => [question.id, note])),
      partners: [],
      actions: [{ id: hex(), what: 'Studiedag plannen', who: 'IB', when: 'januari' }],
      status: 'gepland',
      createdAt: time,
      updatedAt: time,
    };
  });
  const middle = list[Math.floor(count / 2)]!;
  const plan = { school: '', date: '', scanId: null, updatedAt: '1970-01-01T00:00:00.000Z' };
  return {
    text: JSON.stringify({ version: 1, data: { worksheets: list, deleted: {}, plan } }),
    id: middle.id,
    title: middle.title,
    field: `#vraag-${questions[0]!.id}-antwoord`,
  };
}

export async function measureKeystrokes(
  browser: Browser,
  siteUrl: string,
  tool: 'schoolscan' | 'werkblad',
  records: number,
  keys = 20,
): Promise<KeystrokeTimes> {
  const key = tool === 'schoolscan' ? 'welbevinden.schoolscan' : 'welbevinden.werkblad';
  const stored = tool === 'schoolscan' ? scans(records) : worksheets(records);
  const route = tool === 'schoolscan' ? `#scan/${stored.id}` : `#werkblad/${stored.id}`;
  const context = await browser.newContext();
  try {
    await context.addInitScript((prefix) => {
      const w = window as unknown as { __keys: { downAt?: number; savedAt?: number } };
      w.__keys = {};
      document.addEventListener('keydown', () => (w.__keys = { downAt: performance.now() }), { capture: true });
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function setItem(this: Storage, name: string, value: string) {
        original.call(this, name, value);
        if (name.startsWith(prefix) && w.__keys.downAt !== undefined && w.__keys.savedAt === undefined)
          w.__keys.savedAt = performance.now();
      };
    }, key);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL('onderzoek/', siteUrl).href);
    await page.evaluate(({ key, text }) => localStorage.setItem(key, text), { key, text: stored.text });
    const heading = page.getByRole('heading', { level: 2, name: stored.title, exact: true });
    await page.goto(new URL(`${tool}/${route}`, siteUrl).href);
    await heading.waitFor({ timeout: 120_000 });
    // What the tool keeps from now on.
    await page.reload();
    await heading.waitFor({ timeout: 120_000 });
    await page.locator(stored.field).focus();
    const times: number[] = [];
    for (let index = 0; index < keys; index++) {
      progress(`tools: ${tool} with ${records} stored, key ${index + 1}/${keys}`);
      await page.keyboard.press('a');
      const elapsed = await page.evaluate(async () => {
        const w = window as unknown as { __keys: { downAt?: number; savedAt?: number } };
        const deadline = performance.now() + 30_000;
        while (performance.now() < deadline) {
          if (w.__keys.downAt !== undefined && w.__keys.savedAt !== undefined) return w.__keys.savedAt - w.__keys.downAt;
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
        return null;
      });
      if (elapsed === null) throw new BenchError(`${tool} with ${records} stored: key ${index + 1} was not saved within 30 s`);
      times.push(elapsed);
    }
    if (errors.length) throw new BenchError(`errors on /${tool}/: ${errors.join('; ')}`);
    return { tool, records, keys, times, median: median(times), max: Math.max(...times) };
  } finally {
    await context.close();
  }
}

/** The sizes the bench types at. */
export const KEYSTROKE_PLAN: readonly { tool: 'schoolscan' | 'werkblad'; records: number }[] = [
  { tool: 'schoolscan', records: 1 },
  { tool: 'schoolscan', records: 100 },
  { tool: 'schoolscan', records: 500 },
  { tool: 'werkblad', records: 1000 },
];
