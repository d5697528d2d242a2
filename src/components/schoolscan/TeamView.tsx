/** Team mode: read several members' files and see per domain how the team rated it. */
import { useState } from 'preact/hooks';
import type { SchoolscanStrings } from '../../lib/scan/island-strings';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import { MAX_TEAM_MEMBERS } from '../../lib/limits';
import { readScanImport } from '../../lib/scan/exchange';
import type { Scan } from '../../lib/scan/model';
import { scanHash } from '../../lib/scan/routes';
import { aggregateTeam, combineTeam, memberName } from '../../lib/scan/team';
import { importErrorText } from '../../lib/tools/import-errors';
import { format, isolate, plural } from '../../lib/text';
import { newId } from '../../lib/ids';
import { FileImport } from '../tools/FileImport';
import type { ReadFile } from '../tools/ImportFrame';
import { useOnce } from '../tools/useOnce';
import type { ScanActions } from './actions';
import { TeamOverview } from './TeamOverview';

interface Props {
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
}

export function TeamView({ catalogue, strings, actions }: Props) {
  const tm = strings.team;
  const [members, setMembers] = useState<Scan[]>([]);
  const knownDomains = new Set(catalogue.domains.map((domain) => domain.id));
  const labels = { member: (n: number) => format(tm.member, { n }) };
  const rowsOf = (scans: Scan[]) => (scans.length ? aggregateTeam(scans, catalogue.domains) : []);
  /** "2 members loaded. 3 domains to discuss": said on loading files, shown above the overview. */
  const loadedText = (scans: Scan[]) =>
    `${plural(scans.length, tm.loaded)}. ${scans.length ? plural(rowsOf(scans).filter((row) => row.discuss).length, tm.discussCount) : ''}`;
  const rows = rowsOf(members);

  const onFiles = (files: ReadFile<'schoolscan'>[]): string[] => {
    const found: Scan[] = [];
    const problems: string[] = [];
    for (const { name, read } of files) {
      // The team view asks for scans only (backups: false), so a backup never comes back as one.
      const result = read.kind === 'records' ? read.result : ({ ok: false, error: { code: 'not-a-scan' } } as const);
      if (result.ok) found.push(...result.scans);
      else problems.push(importErrorText(strings.import.errors, name, result.error));
    }
    if (found.length > MAX_TEAM_MEMBERS) {
      problems.push(format(tm.tooMany, { count: found.length, max: MAX_TEAM_MEMBERS }));
      found.splice(0);
    }
    setMembers(found);
    actions.announce(loadedText(found));
    return problems;
  };

  const once = useOnce();
  const save = () =>
    once.run(() => {
      const [first] = members;
      if (!first) return;
      const title = format(tm.saveTitle, { title: first.title });
      const combined = combineTeam(members, catalogue.domains, { id: newId(), now: new Date().toISOString(), title, labels });
      // Not stored (storage full): the tool lists it as unsaved, and it is still there to open.
      actions.put(combined, format(tm.saved, { title }));
      actions.go({ view: 'result', id: combined.id });
    });

  return (
    <div class="scan-team">
      <p class="print-hidden">
        <a href={scanHash({ view: 'list' })}>{strings.nav.backToList}</a>
      </p>
      <p>{tm.intro}</p>

      <div class="print-hidden">
        <FileImport
          strings={{ ...strings.import, label: tm.filesLabel, hint: tm.filesHint }}
          multiple
          request={{ reader: 'schoolscan', knownDomains, backups: false }}
          read={readScanImport}
          onFiles={onFiles}
        />
      </div>
      {members.length > 0 && members.length < 2 && <p role="status">{tm.needFiles}</p>}

      {members.length > 0 && (
        <>
          <p role="status">{loadedText(members)}</p>
          <h3>{tm.members}</h3>
          <ol>
            {members.map((scan, index) => (
              <li key={`${scan.id}-${index}`}>
                {isolate(memberName(scan, index + 1, labels))}: {isolate(scan.title)}
              </li>
            ))}
          </ol>
          <TeamOverview rows={rows} strings={strings} />
          {members.length >= 2 && (
            <>
              <h3>{tm.nextHeading}</h3>
              <p>{tm.nextIntro}</p>
            </>
          )}
          <div class="button-row print-hidden">
            {members.length >= 2 && (
              <button type="button" class="button" onClick={save}>
                {tm.save}
              </button>
            )}
            <button type="button" class="button button--secondary" onClick={() => setMembers([])}>
              {tm.clear}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
