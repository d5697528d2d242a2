/** Team mode: read several members' files and see per domain how the team rated it. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import { MAX_IMPORT_BYTES, parseScanFile } from '../../lib/scan/exchange';
import type { Scan } from '../../lib/scan/model';
import { ratings } from '../../lib/scan/ratings';
import { routeHash } from '../../lib/scan/routes';
import { aggregateTeam, combineTeam, memberName } from '../../lib/scan/team';
import { readFileText } from '../../lib/download';
import { format, plural } from '../../lib/text';
import { importErrorText } from './ImportScan';
import type { ScanActions } from './Schoolscan';

interface Props {
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
}

export function TeamView({ catalogue, strings, actions }: Props) {
  const tm = strings.team;
  const [members, setMembers] = useState<Scan[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const errorBox = useRef<HTMLDivElement>(null);
  const known = new Set(catalogue.domains.map((domain) => domain.id));
  const labels = { member: (n: number) => format(tm.member, { n }) };
  const rows = members.length ? aggregateTeam(members, catalogue.domains) : [];
  const toDiscuss = rows.filter((row) => row.discuss).length;

  useEffect(() => {
    if (errors.length) errorBox.current?.focus();
  }, [errors]);

  const onFiles = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    const found: Scan[] = [];
    const problems: string[] = [];
    for (const file of files) {
      const read = await readFileText(file, MAX_IMPORT_BYTES);
      if (!read.ok) {
        problems.push(importErrorText(strings, file.name, { code: read.reason }));
        continue;
      }
      const result = parseScanFile(read.text, known);
      if (result.ok) found.push(result.scan);
      else problems.push(importErrorText(strings, file.name, result.error));
    }
    input.value = '';
    setMembers(found);
    setErrors(problems);
    actions.announce(`${plural(found.length, tm.loaded)}. ${toDiscussText(found)}`);
  };

  const toDiscussText = (scans: Scan[]) =>
    scans.length ? plural(aggregateTeam(scans, catalogue.domains).filter((row) => row.discuss).length, tm.discussCount) : '';

  const save = () => {
    const [first] = members;
    if (!first) return;
    const title = format(tm.saveTitle, { title: first.title });
    const combined = combineTeam(members, catalogue.domains, { id: 'team', now: new Date().toISOString(), title, labels });
    const added = actions.add(combined, format(tm.saved, { title }));
    actions.go({ view: 'result', id: added.id });
  };

  return (
    <div class="scan-team">
      <p class="print-hidden">
        <a href={routeHash({ view: 'list' })}>{strings.nav.backToList}</a>
      </p>
      <p>{tm.intro}</p>

      {errors.length > 0 && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={errorBox} aria-labelledby="team-error-title">
          <h3 id="team-error-title">{strings.import.errorTitle}</h3>
          <ul>
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}

      <div class="field print-hidden">
        <label class="field-label" for="team-files">
          {tm.filesLabel}
        </label>
        <p class="field-hint" id="team-files-hint">
          {tm.filesHint}
        </p>
        <input id="team-files" type="file" multiple accept=".json,application/json" aria-describedby="team-files-hint" onChange={onFiles} />
      </div>

      {members.length > 0 && members.length < 2 && <p role="status">{tm.needFiles}</p>}

      {members.length > 0 && (
        <>
          <p role="status">
            {plural(members.length, tm.loaded)}. {plural(toDiscuss, tm.discussCount)}
          </p>
          <h3>{tm.members}</h3>
          <ol>
            {members.map((scan, index) => (
              <li key={`${scan.id}-${index}`}>
                {memberName(scan, index + 1, labels)}: {scan.title}
              </li>
            ))}
          </ol>
          <div class="table-scroll" tabIndex={0} role="region" aria-label={tm.tableCaption}>
            <table class="team-table">
              <caption>{tm.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{strings.result.domainColumn}</th>
                  {ratings.map((rating) => (
                    <th scope="col" key={rating}>
                      {strings.rating.options[rating]}
                    </th>
                  ))}
                  <th scope="col">{tm.mostCommon}</th>
                  <th scope="col">{tm.discuss}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.domain.id} class={row.discuss ? 'team-table__discuss' : undefined}>
                    <th scope="row">{row.domain.label}</th>
                    {ratings.map((rating) => (
                      <td key={rating}>{row.counts[rating]}</td>
                    ))}
                    <td>
                      {row.mostCommon ? strings.rating.options[row.mostCommon] : tm.noAnswer}
                      {row.tie && <> {tm.tie}</>}
                    </td>
                    <td>{row.discuss ? <strong>{`${tm.discuss}: ${tm.discussWhy}`}</strong> : tm.noDiscuss}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="button-row print-hidden">
            <button type="button" class="button" onClick={save} disabled={members.length < 2}>
              {tm.save}
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setMembers([]);
                setErrors([]);
              }}
            >
              {tm.clear}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
