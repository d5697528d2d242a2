/**
 * The schoolscan's views in jsdom, on the synthetic catalogue of tests/fixtures/scan-examples.ts
 * (six domains, five types, two databanks): the new-scan form's error summary, what the result
 * shows for a given scan, the list's rename, copy, delete and undo, the comparison of two scans,
 * the team overview of three files, and the message for each kind of bad file. What needs a real
 * browser (the keyboard, tabs, downloads, print, layout) is in tests/browser/schoolscan.test.ts.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import type { Scan } from '../../src/lib/scan/model';
import type { Rating } from '../../src/lib/scan/ratings';
import { SCAN_STORAGE_KEY } from '../../src/lib/scan/tool';
import { formatDay } from '../../src/lib/dates';
import { format, plural } from '../../src/lib/text';
import { catalogue, domain, exampleScan, ratedScan, T1, T2, T3 } from '../fixtures/scan-examples';
import { makeScan, scanFileText, storedDocumentText } from '../support/scan-files';
import {
  chooseFiles,
  go,
  importInput,
  listTitles,
  reloadTool,
  renderTool,
  storageContents,
  storedScanDocument,
  tableRows,
  textOf,
  waitForView,
  commonBadFiles,
  expectRefused,
  type BadFile,
  freshPageForEachTest,
} from '../support/tool-render';

freshPageForEachTest();

const label = (id: string) => domain(id).label;
const title = (typeId: string) => catalogue.interventions.find((type) => type.id === typeId)!.title;
const stored = (scans: Scan[]) => ({ [SCAN_STORAGE_KEY]: storedDocumentText(scans) });
const group = (name: string) => screen.getByRole('group', { name });
const storedScan = (scanTitle: string) => {
  const matches = storedScanDocument().scans.filter((scan) => scan.title === scanTitle);
  expect(
    matches.map((scan) => scan.title),
    `stored scans titled "${scanTitle}"`,
  ).toEqual([scanTitle]);
  return matches[0]!;
};

describe('the new-scan form', () => {
  it('sent empty: a summary that takes focus and links to the title, the level and the school type, none of them chosen for the user', async () => {
    await renderTool('schoolscan', S.views.create, { hash: '#nieuw' });
    fireEvent.click(await screen.findByRole('button', { name: S.details.start }));

    const summary = await screen.findByRole('alert', { name: S.details.summaryTitle });
    await waitFor(() => expect(document.activeElement, 'the summary has focus').toBe(summary));
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      S.details.errors.titleMissing,
      S.details.errors.levelMissing,
      S.details.errors.schoolTypeMissing,
    ]);
    const titleField = screen.getByLabelText(S.details.title);
    const firstLevel = within(group(S.details.level)).getAllByRole('radio')[0]!;
    const firstType = within(group(S.details.schoolType)).getAllByRole('radio')[0]!;
    expect(links.map((link) => link.getAttribute('href'))).toEqual([`#${titleField.id}`, `#${firstLevel.id}`, `#${firstType.id}`]);
    expect(titleField.getAttribute('aria-invalid')).toBe('true');
    for (const name of [S.details.level, S.details.schoolType]) {
      expect(
        within(group(name))
          .getAllByRole('radio')
          .filter((radio) => (radio as HTMLInputElement).checked),
        `nothing chosen for "${name}"`,
      ).toEqual([]);
    }
    expect(storageContents(), 'nothing stored').toEqual([]);

    fireEvent.click(links[0]!);
    expect(document.activeElement, 'the summary link focuses the title field').toBe(titleField);
  });

  it('filled in: starts the scan with the details chosen and today’s date', async () => {
    await renderTool('schoolscan', S.views.create, { hash: '#nieuw' });
    fireEvent.input(await screen.findByLabelText(S.details.title), { target: { value: 'Groep 7, najaar' } });
    fireEvent.click(screen.getByRole('radio', { name: S.details.levels.afdeling }));
    fireEvent.click(screen.getByRole('radio', { name: S.details.schoolTypes.vo }));
    fireEvent.click(screen.getByRole('button', { name: S.details.start }));

    await waitForView('Groep 7, najaar');
    const scan = storedScan('Groep 7, najaar');
    expect({ level: scan.level, schoolType: scan.schoolType }).toEqual({ level: 'afdeling', schoolType: 'vo' });
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(scan.date, 'the date the form filled in').toBe(today);
    expect(location.hash).toBe(`#scan/${scan.id}`);
  });
});

describe('the result', () => {
  // Energie and Stemming with great concern, Aanwezigheid and Concentratie with some, Motivatie
  // unknown, Gezin not rated. The types that fit, by the rule of the result page (the most
  // domains with "Grote zorgen", then the most domains of concern, then the first domain's place
  // in the priorities and the type's place in that domain's list), worked out by hand from the
  // links in scan-examples.ts:
  const given: Record<string, Rating> = {
    aanwezigheid: 'enige',
    energie: 'grote',
    concentratie: 'enige',
    motivatie: 'onbekend',
    'algemene-stemming': 'grote',
  };
  const offered = [
    { type: 'mindfulness', fits: [label('energie'), label('concentratie')] },
    { type: 'stressmanagement', fits: [label('energie')] },
    { type: 'veerkracht', fits: [label('algemene-stemming')] },
    { type: 'klassenmanagement', fits: [label('aanwezigheid')] },
    { type: 'oudertraining', fits: [label('aanwezigheid')] },
  ];
  const scan = ratedScan(given, { id: 'uitslag', title: 'Resultaat groep 6', schoolType: 'po' });
  const heading = `${S.views.result}: ${scan.title}`;

  it('lists every domain in the profile, the concerns in order, the unrated domains as links, and the fitting types ranked, each saying what it fits', async () => {
    await renderTool('schoolscan', heading, { storage: stored([scan]), hash: `#scan/${scan.id}/resultaat` });

    const rating = (id: string) => (given[id] ? S.rating.options[given[id]] : S.result.noRating);
    expect(tableRows(screen.getByRole('table', { name: S.result.profileCaption }))).toEqual(
      catalogue.domains.map((item) => [item.label, rating(item.id)]),
    );
    const priorities = document.querySelector<HTMLElement>('#prioriteiten ~ ol')!;
    expect(within(priorities).getAllByRole('listitem').map(textOf)).toEqual([
      `${label('energie')}: grote zorgen`,
      `${label('algemene-stemming')}: grote zorgen`,
      `${label('aanwezigheid')}: enige zorgen`,
      `${label('concentratie')}: enige zorgen`,
    ]);
    const unrated = screen.getByText(plural(1, S.result.unrated), { exact: false });
    expect(within(unrated).getAllByRole('link').map(textOf), 'links to the unrated domains').toEqual([label('veerkracht-gezin')]);

    const suggestions = [...document.querySelectorAll('.suggestion')].map((item) => ({
      label: textOf(item.querySelector('label')),
      fits: textOf(item.querySelector('.suggestion__fits')),
    }));
    expect(suggestions).toEqual(
      offered.map((item) => ({
        label: title(item.type),
        fits: format(S.result.fits, { domains: item.fits.join(` ${S.result.and} `) }),
      })),
    );
    expect(screen.queryByRole('link', { name: plural(1, S.result.nextMake) }), 'no worksheet step before a choice').toBeNull();
  });

  it('keeps a chosen type (also after a reload) and offers to make its worksheet from this scan', async () => {
    await renderTool('schoolscan', heading, { storage: stored([scan]), hash: `#scan/${scan.id}/resultaat` });
    const box = () => screen.getByRole('checkbox', { name: title('klassenmanagement') }) as HTMLInputElement;
    expect(box().checked).toBe(false);

    fireEvent.click(box());
    await waitFor(() => expect(storedScan(scan.title).chosen, 'chosen in localStorage').toEqual(['klassenmanagement']));
    expect(screen.getByText(format(S.result.chosenList, { types: title('klassenmanagement') }))).toBeTruthy();
    const next = screen.getAllByRole('link', { name: plural(1, S.result.nextMake) });
    expect(
      next.map((link) => link.getAttribute('href')),
      'the next step makes the worksheets of this scan',
    ).toEqual([`${catalogue.links.werkblad}?scan=${scan.id}`, `${catalogue.links.werkblad}?scan=${scan.id}`]);

    await reloadTool('schoolscan', heading, { hash: `#scan/${scan.id}/resultaat` });
    expect(box().checked, 'the choice after a reload').toBe(true);
  });

  it('links the databanks for the school type, and others after the school type is changed', async () => {
    await renderTool('schoolscan', heading, { storage: stored([scan]), hash: `#scan/${scan.id}/resultaat` });
    const databankLinks = () => within(document.querySelector<HTMLElement>('#databanken ~ ul')!).getAllByRole('link').map(textOf);
    expect(databankLinks(), 'for po').toEqual(['Alles van Een', 'Twee voor po']);

    await go('schoolscan', `#scan/${scan.id}/gegevens`, `${S.views.details}: ${scan.title}`);
    fireEvent.click(await screen.findByRole('radio', { name: S.details.schoolTypes.mbo }));
    fireEvent.click(screen.getByRole('button', { name: S.details.save }));
    await waitForView(scan.title);
    await go('schoolscan', `#scan/${scan.id}/resultaat`, heading);
    expect(databankLinks(), 'for mbo').toEqual(['Alles van Een']);
  });
});

describe('the list', () => {
  const a = ratedScan({ energie: 'grote' }, { id: 'lijsta', title: 'Lijst A', createdAt: T1, updatedAt: T1 });
  const b = exampleScan({ id: 'lijstb', title: 'Lijst B', createdAt: T2, updatedAt: T2 });
  const actionsFor = (name: string) => screen.getByRole('group', { name: format(S.list.actionsFor, { title: name }) });
  const titles = () => listTitles().sort();

  it('renames a scan in a field that takes focus', async () => {
    await renderTool('schoolscan', S.views.list, { storage: stored([a, b]) });
    fireEvent.click(within(actionsFor('Lijst A')).getByRole('button', { name: S.list.rename }));
    const field = screen.getByLabelText(format(S.list.renameLabel, { title: 'Lijst A' }));
    await waitFor(() => expect(document.activeElement, 'the rename field takes focus').toBe(field));
    fireEvent.input(field, { target: { value: 'Lijst A hernoemd' } });
    fireEvent.click(screen.getByRole('button', { name: S.list.renameSave }));

    await waitFor(() => expect(titles()).toEqual(['Lijst A hernoemd', 'Lijst B']));
    await waitFor(() => expect(storedScan('Lijst A hernoemd').id, 'the stored title').toBe(a.id));
  });

  it('copies a scan with its answers under a new id', async () => {
    await renderTool('schoolscan', S.views.list, { storage: stored([a, b]) });
    fireEvent.click(within(actionsFor('Lijst A')).getByRole('button', { name: S.list.duplicate }));
    const copyTitle = `Lijst A ${S.list.duplicateSuffix}`;
    await waitFor(() => expect(titles()).toEqual(['Lijst A', copyTitle, 'Lijst B']));
    const copy = storedScan(copyTitle);
    expect(copy.id).not.toBe(a.id);
    expect(copy.domains, 'the copy keeps the answers').toEqual(a.domains);
  });

  it('deletes only after a confirmation, with focus on "Ongedaan maken", which brings it back', async () => {
    await renderTool('schoolscan', S.views.list, { storage: stored([a, b]) });
    fireEvent.click(within(actionsFor('Lijst A')).getByRole('button', { name: S.list.delete }));
    const confirm = screen.getByRole('group', { name: format(S.list.confirmDelete, { title: 'Lijst A' }) });
    expect(titles(), 'nothing is deleted before confirming').toEqual(['Lijst A', 'Lijst B']);
    fireEvent.click(within(confirm).getByRole('button', { name: S.list.confirmDeleteYes }));

    await waitFor(() => expect(titles()).toEqual(['Lijst B']));
    expect(screen.getAllByText(format(S.list.deleted, { title: 'Lijst A' })).length, 'said on screen').toBeGreaterThan(0);
    expect(storedScanDocument().scans.map((scan) => scan.id)).toEqual([b.id]);
    const undo = screen.getByRole('button', { name: S.list.undo });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(() => expect(titles()).toEqual(['Lijst A', 'Lijst B']));
    expect(storedScan('Lijst A').domains, 'the restored scan is stored').toEqual(a.domains);
  });

  it('remembers a delete without undo after a reload, as a deleted entry of its own', async () => {
    await renderTool('schoolscan', S.views.list, { storage: stored([a, b]) });
    fireEvent.click(within(actionsFor('Lijst B')).getByRole('button', { name: S.list.delete }));
    fireEvent.click(
      within(screen.getByRole('group', { name: format(S.list.confirmDelete, { title: 'Lijst B' }) })).getByRole('button', {
        name: S.list.confirmDeleteYes,
      }),
    );
    await waitFor(() => expect(titles()).toEqual(['Lijst A']));

    await reloadTool('schoolscan', S.views.list);
    expect(titles(), 'after a reload').toEqual(['Lijst A']);
    const entry = localStorage.getItem(`${SCAN_STORAGE_KEY}/${b.id}`);
    expect(entry && (JSON.parse(entry) as { data: { fields: Record<string, unknown> } }).data.fields.$deleted, 'the deletion').toBe(true);
  });
});

describe('comparing two scans', () => {
  it('shows both per domain, "meer zorgen" or "minder zorgen" where the rating changed, and the summary line', async () => {
    const autumn = ratedScan(
      { aanwezigheid: 'geen', energie: 'grote', concentratie: 'enige', motivatie: 'onbekend', 'algemene-stemming': 'enige' },
      { id: 'najaar', title: 'Vergelijk najaar', date: '2026-09-15', createdAt: T1, updatedAt: T1 },
    );
    const spring = ratedScan(
      { aanwezigheid: 'grote', energie: 'enige', concentratie: 'enige', motivatie: 'geen', 'algemene-stemming': 'geen' },
      { id: 'voorjaar', title: 'Vergelijk voorjaar', date: '2027-02-15', createdAt: T2, updatedAt: T2 },
    );
    await renderTool('schoolscan', S.views.compare, { storage: stored([spring, autumn]), hash: '#vergelijken' });

    // The view loads on use: its heading shows first.
    await screen.findByRole('table', { name: S.compare.tableCaption });
    for (const scan of [autumn, spring]) {
      const box = screen.getByRole('checkbox', { name: `${scan.title} (${formatDay(scan.date)})` }) as HTMLInputElement;
      expect(box.checked, `${scan.title} picked`).toBe(true);
    }
    const table = screen.getByRole('table', { name: S.compare.tableCaption });
    expect([...table.querySelectorAll('thead th')].map(textOf)).toEqual([
      S.result.domainColumn,
      `${autumn.title}${formatDay(autumn.date)}`,
      `${spring.title}${formatDay(spring.date)}`,
    ]);
    // The change, with the words a screen reader hears after it, in every cell that changed.
    const changed = (rating: string, change: keyof typeof S.compare.changes) =>
      `${rating}${S.compare.changes[change]} ${S.compare.changeVsPrevious}`;
    const o = S.rating.options;
    expect(tableRows(table)).toEqual([
      [label('aanwezigheid'), o.geen, changed(o.grote, 'meer')],
      [label('energie'), o.grote, changed(o.enige, 'minder')],
      [label('concentratie'), o.enige, o.enige],
      [label('motivatie'), o.onbekend, changed(o.geen, 'onbekend')],
      [label('algemene-stemming'), o.enige, changed(o.geen, 'minder')],
      [label('veerkracht-gezin'), S.result.noRating, changed(S.result.noRating, 'onbekend')],
    ]);
    expect(screen.getByRole('status').textContent).toBe(format(S.compare.summary, { meer: 1, minder: 2, gelijk: 1 }));
  });
});

describe('the team overview', () => {
  it('reads three member files at once: counts per rating, the most common answer, the domains to discuss; saved as "Team: …" it opens on its result', async () => {
    const name = 'Teamscan groep 5';
    const members = [
      makeScan(catalogue, {
        title: name,
        role: 'leerkracht',
        ratings: { aanwezigheid: 'geen', energie: 'enige', concentratie: 'geen' },
        notes: { aanwezigheid: { seen: 'Notitie van de leerkracht' } },
      }),
      makeScan(catalogue, { title: `${name} (2)`, ratings: { aanwezigheid: 'enige', energie: 'enige', concentratie: 'geen' } }),
      makeScan(catalogue, {
        title: `${name} (3)`,
        role: 'intern begeleider',
        ratings: { aanwezigheid: 'grote', energie: 'enige', concentratie: 'enige' },
        notes: { aanwezigheid: { seen: 'Notitie van de ib’er' } },
      }),
    ];
    await renderTool('schoolscan', S.views.team, { hash: '#team' });
    chooseFiles(
      await importInput(S.team.filesLabel),
      members.map((scan, index) => ({ name: `teamlid-${index + 1}.json`, text: scanFileText(scan, T3) })),
    );

    const status = `${format(S.team.loaded.other, { count: 3 })}. ${format(S.team.discussCount.one, { count: 1 })}`;
    await screen.findByText(status);
    const memberList = screen.getByRole('heading', { name: S.team.members }).nextElementSibling!;
    expect(
      within(memberList as HTMLElement)
        .getAllByRole('listitem')
        .map(textOf),
    ).toEqual([`leerkracht: ${name}`, `${format(S.team.member, { n: 2 })}: ${name} (2)`, `intern begeleider: ${name} (3)`]);
    const flagged = `${S.team.discuss}: ${S.team.discussWhy}`;
    const o = S.rating.options;
    const rows = tableRows(screen.getByRole('table', { name: S.team.tableCaption }));
    expect(rows.slice(0, 4)).toEqual([
      [label('aanwezigheid'), '1', '1', '1', '0', `${o.grote} ${S.team.tie}`, flagged],
      [label('energie'), '0', '3', '0', '0', o.enige, S.team.noDiscuss],
      [label('concentratie'), '2', '1', '0', '0', o.geen, S.team.noDiscuss],
      [label('motivatie'), '0', '0', '0', '0', S.team.noAnswer, S.team.noDiscuss],
    ]);
    expect(
      rows.filter((row) => row.at(-1) === flagged),
      'domains flagged',
    ).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: S.team.save }));
    const teamTitle = format(S.team.saveTitle, { title: name });
    await screen.findByRole('heading', { level: 2, name: `${S.views.result}: ${teamTitle}` });
    expect(location.hash).toMatch(/^#scan\/[a-z0-9]+\/resultaat$/);
    expect(screen.getAllByText(format(S.result.teamNote, { members: 3 })).length).toBeGreaterThan(0);
    const profile = tableRows(screen.getByRole('table', { name: S.result.profileCaption }));
    expect(profile.slice(0, 2)).toEqual([
      [label('aanwezigheid'), o.grote],
      [label('energie'), o.enige],
    ]);
    const saved = storedScan(teamTitle);
    expect(saved.team).toEqual({ members: 3 });
    expect(saved.domains.aanwezigheid?.seen).toBe('leerkracht: Notitie van de leerkracht\n\nintern begeleider: Notitie van de ib’er');

    await go('schoolscan', '', S.views.list);
    const card = screen.getByRole('heading', { level: 3, name: teamTitle }).closest('li')!;
    expect(textOf(card.querySelector('.tool-card__meta'))).toContain(format(S.list.team, { members: 3 }));
  });
});

describe('a bad file chosen in the import', () => {
  const existing = ratedScan({ energie: 'enige' }, { id: 'bestaand', title: 'Bestaande scan' });
  const valid = ratedScan({}, { id: 'geldig', title: 'Geldig bestand' });
  const cases: BadFile[] = [
    ...commonBadFiles(scanFileText(valid, T3)),
    { label: 'another shape', name: 'ander.json', text: JSON.stringify({ hallo: 'wereld', items: [1, 2] }), code: 'not-a-scan' },
    {
      label: 'unknown domain',
      name: 'vreemd.json',
      text: scanFileText({ ...valid, domains: { ...valid.domains, 'onbekend-domein': { rating: 'grote', seen: '', going: '' } } }, T3),
      code: 'unknown-domains',
      values: { ids: 'onbekend-domein' },
    },
  ];

  it.each(cases)('$label: the message for it, in a box that takes focus, and nothing changes', async (bad) => {
    await renderTool('schoolscan', S.views.list, { storage: stored([existing]) });
    expect(listTitles()).toEqual([existing.title]);
    await expectRefused(S, bad);
  });
});
