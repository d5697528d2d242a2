/** The scans on this device, with everything you can do with each of them. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SchoolscanStrings } from '../../lib/scan/island-strings';
import { MAX_TITLE_LENGTH } from '../../lib/limits';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import type { Scan, ScanDocument } from '../../lib/scan/model';
import { scanHash } from '../../lib/scan/routes';
import { isSession } from '../../lib/scan/invite';
import { duplicateScan, progress, updateDetails } from '../../lib/scan/scan';
import { newId } from '../../lib/ids';
import { format } from '../../lib/text';
import { formatDay } from '../../lib/dates';
import { Field } from '../forms/Field';
import { ConfirmDelete, UndoNotice, useRemoval } from '../tools/Removal';
import type { ScanActions } from './actions';
import { ImportScan } from './ImportScan';
import { BackupSection } from '../tools/BackupSection';
import { newestChange } from '../../lib/backup-time';
import { BlankPrint } from '../tools/BlankPrint';

// A scan's downloads load when one is asked for: the list's first view does not need their code.
const downloads = () => import('./downloads');

interface Props {
  doc: ScanDocument;
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
}

export function ScanList({ doc, catalogue, strings, actions }: Props) {
  const s = strings.list;
  const [renaming, setRenaming] = useState<string | null>(null);
  const removal = useRemoval(actions.remove, actions.restore);
  const scans = [...doc.scans].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  return (
    <div class="scan-list">
      {removal.removed && <UndoNotice text={format(s.deleted, { title: removal.removed.title })} undo={s.undo} onUndo={removal.undo} />}

      <div class="scan-start">
        <p class="scan-start__label">{s.newScan}</p>
        <p class="button-row">
          <a class="button" href={scanHash({ view: 'create' })}>
            <span class="visually-hidden">{s.newScan}: </span>
            {s.alone}
          </a>
          <a class="button button--secondary" href={scanHash({ view: 'session-new' })}>
            <span class="visually-hidden">{s.newScan}: </span>
            {s.withTeam}
          </a>
        </p>
      </div>
      <BlankPrint form="schoolscan" strings={strings.blank} />

      {scans.length === 0 ? (
        <p class="scan-empty">{s.empty}</p>
      ) : (
        <ul class="tool-cards" role="list">
          {scans.map((scan) => {
            const { rated, total } = progress(scan, catalogue.domains);
            const title = scan.title || s.untitled;
            return (
              <li class="tool-card" key={scan.id}>
                <h3 class="tool-card__title">
                  <a href={scanHash({ view: 'rate', id: scan.id })} data-open={scan.id}>
                    {title}
                  </a>
                </h3>
                <p class="tool-card__meta">
                  {strings.details.levels[scan.level]} · {strings.details.schoolTypes[scan.schoolType]} · {formatDay(scan.date)} ·{' '}
                  {format(s.progress, { rated, total })}
                  {scan.team && <> · {format(s.team, { members: scan.team.members })}</>}
                </p>
                <progress max={total} value={rated} aria-label={format(strings.rating.progress, { rated, total })} />
                {isSession(scan) && (
                  <p>
                    <a href={scanHash({ view: 'session', id: scan.id })}>{format(strings.session.listLink, { title })}</a>
                  </p>
                )}

                {renaming === scan.id ? (
                  <RenameForm
                    scan={scan}
                    strings={strings}
                    onCancel={() => setRenaming(null)}
                    onSave={(newTitle) => {
                      setRenaming(null);
                      actions.put(
                        updateDetails(scan, { title: newTitle }, new Date().toISOString()),
                        format(s.renamed, { title: newTitle }),
                      );
                    }}
                  />
                ) : removal.asking === scan.id ? (
                  <ConfirmDelete
                    question={format(s.confirmDelete, { title })}
                    yes={s.confirmDeleteYes}
                    cancel={s.cancel}
                    onYes={() => removal.confirm(scan.id)}
                    onCancel={removal.cancel}
                  />
                ) : (
                  <div class="tool-actions" role="group" aria-label={format(s.actionsFor, { title })}>
                    <a class="button button--secondary" href={scanHash({ view: 'rate', id: scan.id })}>
                      {s.open}
                    </a>
                    <a class="button button--secondary" href={scanHash({ view: 'result', id: scan.id })}>
                      {s.result}
                    </a>
                    <button type="button" class="button button--secondary" onClick={() => setRenaming(scan.id)}>
                      {s.rename}
                    </button>
                    <button
                      type="button"
                      class="button button--secondary"
                      onClick={() => {
                        const copy = duplicateScan(scan, newId(), new Date().toISOString(), s.duplicateSuffix);
                        actions.put(copy, format(s.duplicated, { title: copy.title }));
                      }}
                    >
                      {s.duplicate}
                    </button>
                    <button
                      type="button"
                      class="button button--secondary"
                      onClick={() => void downloads().then((d) => d.downloadScanJson(scan))}
                    >
                      {s.exportJson}
                    </button>
                    <button
                      type="button"
                      class="button button--secondary"
                      onClick={() => void downloads().then((d) => d.downloadScanCsv(scan, catalogue, strings))}
                    >
                      {s.exportCsv}
                    </button>
                    <button
                      type="button"
                      class="button button--secondary button--warning-text"
                      data-delete={scan.id}
                      onClick={() => removal.ask(scan.id)}
                    >
                      {s.delete}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}

      <h3>{s.more}</h3>
      <ul class="scan-more">
        <li>
          <a href={scanHash({ view: 'compare' })}>{s.compare}</a>
        </li>
        <li>
          <a href={scanHash({ view: 'team' })}>{s.teamView}</a>
        </li>
      </ul>
      <ImportScan catalogue={catalogue} strings={strings} actions={actions} />
      <BackupSection
        strings={strings.backup}
        useText={strings.storage.use}
        newestChange={newestChange(doc.scans)}
        announce={actions.announce}
      />
    </div>
  );
}

function RenameForm({
  scan,
  strings,
  onSave,
  onCancel,
}: {
  scan: Scan;
  strings: SchoolscanStrings;
  onSave: (title: string) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(scan.title);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  return (
    <form
      class="tool-rename"
      ref={form}
      onSubmit={(event) => {
        event.preventDefault();
        const title = value.trim();
        if (title) onSave(title);
      }}
    >
      <Field label={format(strings.list.renameLabel, { title: scan.title })}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={value}
            maxLength={MAX_TITLE_LENGTH}
            required
            onInput={(event) => setValue(event.currentTarget.value)}
          />
        )}
      </Field>
      <button type="submit" class="button">
        {strings.list.renameSave}
      </button>
      <button type="button" class="button button--secondary" onClick={onCancel}>
        {strings.list.cancel}
      </button>
    </form>
  );
}
