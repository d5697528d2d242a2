/**
 * The list of the site's tools (src/lib/registry.ts), which every tool page loads without the
 * tools' code: each entry says what its spec says, and the specs fit together in one backup.
 */
import { describe, expect, it } from 'vitest';
import { bytesOfTools, loadTools, siteTools } from '../../src/lib/registry';
import { MemoryStorage } from '../fixtures/scan-examples';

const tools = await loadTools();

describe('the registry of the site’s tools', () => {
  it('names each tool and its storage key as its spec does, in the same order', () => {
    expect(siteTools.map(({ name, storageKey }) => ({ name, storageKey }))).toEqual(
      tools.map(({ name, storageKey }) => ({ name, storageKey })),
    );
  });

  it('gives every tool a name and a storage key of its own, no key the start of another’s', () => {
    const keys = siteTools.map((tool) => tool.storageKey);
    expect(new Set(siteTools.map((tool) => tool.name)).size).toBe(siteTools.length);
    for (const key of keys) expect(keys.filter((other) => other.startsWith(key))).toEqual([key]);
  });

  it('has links only to registered tools and to fields the tools’ sections can hold', () => {
    const names = new Set(tools.map((tool) => tool.name));
    for (const tool of tools) {
      for (const link of [...(tool.record.links ?? []), ...(tool.document.rest?.links ?? [])]) expect(names).toContain(link.to);
      expect(Boolean(tool.backup.rest), tool.name).toBe(Boolean(tool.document.rest));
    }
  });

  it('counts the room of the registered tools’ work only, set-aside copies included', () => {
    const counted = {
      'welbevinden.schoolscan/a': 'xx',
      'welbevinden.werkblad/=rest': 'y',
      'welbevinden.schoolscan.backup.2026-11-25T09:00:00.000Z.a': 'z',
    };
    const storage = new MemoryStorage({ ...counted, 'iets.anders': 'niet geteld' });

    // Latin-1 text takes a byte a character (src/lib/tools/room.ts).
    expect(bytesOfTools(storage)).toBe(Object.entries(counted).reduce((sum, [key, value]) => sum + key.length + value.length, 0));
  });
});
