/**
 * A content mistake fails the build with a message that names the file and the field.
 * Each case builds a copy of the project with one deliberate mistake in a temporary folder.
 * A build for a public address without a publisher fails too, before anything is built.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths';

const copies: string[] = [];

/** Copies the project (sharing node_modules), applies `edit` to one file, and builds it. */
function buildWith(file: string, edit: (text: string) => string): { status: number | null; output: string } {
  const root = mkdtempSync(join(tmpdir(), 'welbevinden-broken-'));
  copies.push(root);
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  // Link each package rather than node_modules itself, so the copy's build caches
  // (node_modules/.astro, node_modules/.vite) stay in the copy and never touch the real project's.
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(projectRoot, 'node_modules', name), join(root, 'node_modules', name));
  }
  const target = join(root, file);
  const original = readFileSync(target, 'utf8');
  const changed = edit(original);
  expect(changed, 'the edit must change the file').not.toBe(original);
  writeFileSync(target, changed);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
});

describe('a content mistake fails the build', () => {
  it('a domain that links an intervention type that does not exist', () => {
    const { status, output } = buildWith('src/content/domains.yaml', (text) =>
      text.replace('type: klassenmanagement', 'type: klassenmanagment'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/domains.yaml (entry "aanwezigheid"), field interventions[0].type');
    expect(output).toContain('interventions "klassenmanagment" does not exist');
  }, 120_000);

  it('an intervention type that cites a source missing from the literature list', () => {
    const { status, output } = buildWith('src/content/interventions/mindfulness.mdx', (text) => text.replace('zenner-2014', 'zenner-2041'));
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/interventions/mindfulness.mdx (entry "mindfulness"), field sources[');
    expect(output).toContain('references "zenner-2041" does not exist');
  }, 120_000);

  it('a search term whose source is not in the guidance', () => {
    const { status, output } = buildWith('src/content/interventions/veerkracht.mdx', (text) =>
      text.replace('een samenhangende aanpak voor herstel van veerkracht', 'een aanpak voor herstel van veerkracht'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/interventions/veerkracht.mdx (entry "veerkracht"), field searchTerms[');
    expect(output).toContain(
      '"een aanpak voor herstel van veerkracht en welbevinden na Corona" (for "herstel na corona") is not in the guidance',
    );
  }, 120_000);

  it('a value the schema does not allow', () => {
    const { status, output } = buildWith('src/content/interventions/mindfulness.mdx', (text) =>
      text.replace('scope: universeel', 'scope: iedereen'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('mindfulness');
    expect(output).toContain('Scope must be one of: universeel, specifieke-groepen.');
  }, 120_000);
});

describe('a build for a public address needs a publisher', () => {
  it('fails before building when SITE_URL is set without PUBLISHER_NAME and PUBLISHER_CONTACT, saying what to set', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'welbevinden-no-publisher-'));
    copies.push(outDir);
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', SITE_URL: 'https://www.voorbeeld.example' };
    delete env.PUBLISHER_NAME;
    delete env.PUBLISHER_CONTACT;
    const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: projectRoot,
      encoding: 'utf8',
      env,
      timeout: 120_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('PUBLISHER_NAME and PUBLISHER_CONTACT are not');
    expect(output).toContain('README.md, "Deploying"');
    expect(readdirSync(outDir), 'nothing was built').toEqual([]);
  }, 120_000);
});
