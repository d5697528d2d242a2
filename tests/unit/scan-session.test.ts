/**
 * A team session (src/lib/scan/session.ts, paste.ts): every member counts once however often they
 * open the invitation or send their scan, in any order; the coordinator can rate as a member of her
 * own session; member links are found in whatever text a chat app copies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanFromLinkPayload, scanLinkPayload } from '../../src/lib/scan/link';
import type { Scan } from '../../src/lib/scan/model';
import { linkCandidates, readPastedLinks } from '../../src/lib/scan/paste';
import type { Rating } from '../../src/lib/scan/ratings';
import { aggregateTeam } from '../../src/lib/scan/team';
import { inviteOf, type Invite } from '../../src/lib/scan/invite';
import { joinScan, memberKey, ownMemberScan, receiveScan, sessionMembers } from '../../src/lib/scan/session';
import { domains, exampleScan, knownDomainIds, T1 } from '../fixtures/scan-examples';

const session: Scan = exampleScan({ id: 'sessie', title: 'Groep 7, najaar', session: 'sessie', createdAt: T1, updatedAt: T1 });
const invite: Invite = inviteOf(session);
const time = (minute: number) => new Date(Date.UTC(2026, 10, 25, 10, minute)).toISOString();
const ratingsCycle: Rating[] = ['geen', 'enige', 'grote', 'onbekend'];

/** Member `n`'s scan, version `v`: a rating that tells the version apart, changed at minute 10n + v. */
function sent(n: number, v: number): Scan {
  return {
    ...joinScan(invite, `mentor ${n}`, domains, { id: `scan${n}`, member: `lid${n}`, now: time(10 * n), today: '2026-11-25' }),
    domains: { ...exampleScan().domains, energie: { rating: ratingsCycle[v % 4]!, seen: `versie ${v}`, going: '' } },
    updatedAt: time(10 * n + v),
  };
}

/** The coordinator's device: `scans`, with what each receipt stores put in place by id, as the island's `put` does. */
function receiveAll(start: readonly Scan[], sends: readonly Scan[]): Scan[] {
  let stored = [...start];
  sends.forEach((scan, index) => {
    const kept = receiveScan(stored, scan, `kopie${index}`, time(59));
    if (kept.kind === 'added' || kept.kind === 'copied' || kept.kind === 'updated')
      stored = [...stored.filter((item) => item.id !== kept.scan.id), kept.scan];
  });
  return stored;
}

describe('one scan per member', () => {
  it('gives N scans, the newest of each member, for any order of sends and re-sends of N members', () => {
    const sends = fc
      .array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 25 })
      .chain((pairs) =>
        fc.shuffledSubarray(pairs, { minLength: pairs.length, maxLength: pairs.length }).map((order) => [pairs, order] as const),
      );
    fc.assert(
      fc.property(sends, ([pairs, order]) => {
        const stored = receiveAll(
          [session],
          order.map(([n, v]) => sent(n, v)),
        );
        const members = sessionMembers(stored, session.id);

        const expected = new Map<number, number>();
        for (const [n, v] of pairs) expected.set(n, Math.max(v, expected.get(n) ?? -1));
        expect(members.map((scan) => memberKey(scan)).sort()).toEqual([...expected.keys()].map((n) => `lid${n}`).sort());
        for (const scan of members) expect(scan.domains.energie?.seen).toBe(`versie ${expected.get(Number(scan.member!.slice(3)))}`);
        // The team overview counts one answer per member.
        const [row] = aggregateTeam(
          members,
          domains.filter((domain) => domain.id === 'energie'),
        );
        expect(Object.values(row!.counts).reduce((sum, count) => sum + count, 0)).toBe(expected.size);
      }),
      { numRuns: 200 },
    );
  });

  it('says what a send did: added, updated, the same again, or older than what is here', () => {
    const once = receiveAll([session], [sent(1, 1)]);
    expect(receiveScan(once, sent(1, 1), 'x', time(59)).kind).toBe('known');
    expect(receiveScan(once, sent(1, 2), 'x', time(59))).toMatchObject({ kind: 'updated', scan: { id: 'scan1' } });
    expect(receiveScan(once, sent(1, 0), 'x', time(59)).kind).toBe('older');
    expect(receiveScan(once, sent(2, 0), 'x', time(59))).toMatchObject({ kind: 'added', scan: { received: time(59) } });
  });

  it('counts the coordinator once when she rates as a member and then opens or pastes her own link', () => {
    const own = joinScan(invite, 'ib', domains, { id: 'eigen', member: 'mij', now: time(1), today: '2026-11-25' });
    const stored = receiveAll([session, own], [{ ...own }, sent(1, 0), { ...own, received: time(2) }]);

    expect(sessionMembers(stored, session.id).map((scan) => scan.id)).toEqual(['eigen', 'scan1']);
    expect(ownMemberScan(stored, session.id)?.id).toBe('eigen');
  });

  it('finds the scan this device started from the invitation, never one that came in by link', () => {
    const received = receiveAll([session], [sent(1, 0), sent(2, 0)]);
    expect(ownMemberScan(received, session.id)).toBeUndefined();
    const member = sent(3, 0);
    expect(ownMemberScan([member], session.id)).toBe(member);
    expect(ownMemberScan([member, sent(3, 2)], session.id)?.updatedAt).toBe(time(32));
  });

  it('keeps a scan of another session or without a member as it came, and never overwrites another scan', () => {
    const other = exampleScan({ id: 'scan1', title: 'Iets anders' });
    const kept = receiveScan([session, other], sent(1, 0), 'nieuw', time(59));
    expect(kept).toMatchObject({ kind: 'copied', scan: { id: 'nieuw', member: 'lid1' } });
  });
});

describe('a member joins from the invitation', () => {
  it('gets the session, the details of the invitation, today, the role and a member key', () => {
    const scan = joinScan(invite, '  mentor 2B  ', domains, { id: 'nieuw', member: 'sleutel', now: time(3), today: '2026-11-26' });
    expect(scan).toMatchObject({
      id: 'nieuw',
      session: 'sessie',
      member: 'sleutel',
      title: 'Groep 7, najaar',
      level: session.level,
      schoolType: session.schoolType,
      date: '2026-11-26',
      role: 'mentor 2B',
      chosen: [],
    });
    expect(Object.keys(scan.domains)).toEqual(domains.map((domain) => domain.id));
  });
});

describe('member links in pasted text', () => {
  const read = (payload: string) => scanFromLinkPayload(payload, knownDomainIds);
  const base = 'https://www.example.nl/welbevinden/schoolscan/';
  const words = fc.array(fc.constantFrom('Hoi', 'hier', 'is', 'mijn', 'scan', 'groet,', 'Bedankt!', '(zie', 'link)', 'om', '10:42', '👍'), {
    maxLength: 6,
  });
  /** A chat app's copy: a name and a time, text around each link, quote markers, links wrapped at a random place. */
  const chat = fc.tuple(fc.array(fc.tuple(words, words, fc.nat(), fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 4 }), words);

  it('finds every link, wrapped or not, and nothing else, in any chat text', async () => {
    const scans = [1, 2, 3, 4].map((n) => sent(n, n));
    const payloads = await Promise.all(scans.map((scan) => scanLinkPayload(scan, time(59))));
    await fc.assert(
      fc.asyncProperty(chat, async ([messages, closing]) => {
        const lines: string[] = [];
        messages.forEach(([before, after, cut, wrap, quote], index) => {
          const link = `${base}#lid/${payloads[index]!}`;
          const at = (cut % (link.length - 10)) + 5;
          const shown = wrap ? `${link.slice(0, at)}\n${quote ? '> ' : ''}${link.slice(at)}` : link;
          lines.push(`[10:4${index}] Teamlid ${index + 1}: ${before.join(' ')}`, `${quote ? '> ' : ''}${shown} ${after.join(' ')}`);
        });
        lines.push(closing.join(' '));
        const found = await readPastedLinks(lines.join('\n'), read);
        expect(found.map((link) => link.payload)).toEqual(payloads.slice(0, messages.length));
        expect(found.every((link) => link.result.ok)).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('finds no link in text without one, and reads a payload pasted on its own', async () => {
    expect(linkCandidates('Hoi, ik stuur de link zo. Groet!')).toEqual([]);
    expect(linkCandidates('')).toEqual([]);
    const payload = await scanLinkPayload(sent(1, 1), time(59));
    const [only] = await readPastedLinks(`  ${payload}\n`, read);
    expect(only?.result.ok).toBe(true);
  });

  it('reports a link that was cut off, with its own reason, and still reads the others', async () => {
    const [whole, cut] = await Promise.all([scanLinkPayload(sent(1, 1), time(59)), scanLinkPayload(sent(2, 1), time(59))]);
    const found = await readPastedLinks(`Eerste: ${base}#lid/${whole}\nTweede: ${base}#lid/${cut.slice(0, 40)}`, read);
    expect(found.map((link) => link.result.ok)).toEqual([true, false]);
  });
});
