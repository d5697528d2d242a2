/** The scans on this device, with everything you can do with each of them. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import type { Scan, ScanDocument } from '../../lib/scan/model';
import { routeHash } from '../../lib/scan/routes';
import { duplicateScan, progress, updateDetails } from '../../lib/scan/scan';
import { newId } from '../../lib/ids';
import { format } from '../../lib/text';
import { formatDay } from '../../lib/dates';
import { downloadScanCsv, downloadScanJson } from './exports';
import { ImportScan } from './ImportScan';
import type { ScanActions } from './Schoolscan';

interface Props {
  doc: ScanDocument;
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
}

export function ScanList({ doc, catalogue, strings, actions }: Props) {
  const s = strings.list;
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removed, setRemoved] = useState<Scan | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const scans = [...doc.scans].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  useEffect(() => {
    if (removed) undoButton.current?.focus();
  }, [removed]);

  const remove = (scan: Scan) => {
    setConfirming(null);
    setRemoved(actions.remove(scan.id) ?? null);
  };

  return (
    <div class="scan-list">
      {removed && (
        <div class="notice" role="status">
          <p>{format(s.deleted, { title: removed.title })}</p>
          <button
            type="button"
            class="button button--secondary"
            ref={undoButton}
            onClick={() => {
              actions.restore(removed);
              setRemoved(null);
            }}
          >
            {s.undo}
          </button>
        </div>
      )}

      <p>
        <a class="button" href={routeHash({ view: 'create' })}>
          {s.newScan}
        </a>
      </p>

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
                  <a href={routeHash({ view: 'rate', id: scan.id })}>{title}</a>
                </h3>
                <p class="tool-card__meta">
                  {strings.details.levels[scan.level]} · {strings.details.schoolTypes[scan.schoolType]} ·{' '}
                  {formatDay(scan.date)} · {format(s.progress, { rated, total })}
                  {scan.team && <> · {format(s.team, { members: scan.team.members })}</>}
                </p>
                <progress max={total} value={rated} aria-label={format(strings.rating.progress, { rated, total })} />

                {renaming === scan.id ? (
                  <RenameForm
                    scan={scan}
                    strings={strings}
                    onCancel={() => setRenaming(null)}
                    onSave={(newTitle) => {
                      setRenaming(null);
                      actions.put(updateDetails(scan, { title: newTitle }, new Date().toISOString()), format(s.renamed, { title: newTitle }));
                    }}
                  />
                ) : confirming === scan.id ? (
                  <div class="tool-confirm" role="group" aria-label={format(s.confirmDelete, { title })}>
                    <p>{format(s.confirmDelete, { title })}</p>
                    <button type="button" class="button button--warning" onClick={() => remove(scan)}>
                      {s.confirmDeleteYes}
                    </button>
                    <button type="button" class="button button--secondary" onClick={() => setConfirming(null)}>
                      {s.cancel}
                    </button>
                  </div>
                ) : (
                  <div class="tool-actions" role="group" aria-label={format(s.actionsFor, { title })}>
                    <a class="button button--secondary" href={routeHash({ view: 'rate', id: scan.id })}>
                      {s.open}
                    </a>
                    <a class="button button--secondary" href={routeHash({ view: 'result', id: scan.id })}>
                      {s.result}
                    </a>
                    <button type="button" class="button button--secondary" onClick={() => setRenaming(scan.id)}>
                      {s.rename}
                    </button>
                    <button
                      type="button"
                      class="button button--secondary"
                      onClick={() => {
                        const now = new Date().toISOString();
                        const copy = duplicateScan(scan, newId(), now, s.duplicateSuffix);
                        actions.put(copy, format(s.duplicated, { title: copy.title }));
                      }}
                    >
                      {s.duplicate}
                    </button>
                    <button type="button" class="button button--secondary" onClick={() => downloadScanJson(scan)}>
                      {s.exportJson}
                    </button>
                    <button type="button" class="button button--secondary" onClick={() => downloadScanCsv(scan, catalogue, strings)}>
                      {s.exportCsv}
                    </button>
                    <button type="button" class="button button--secondary button--warning-text" onClick={() => setConfirming(scan.id)}>
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
          <a href={routeHash({ view: 'compare' })}>{s.compare}</a>
        </li>
        <li>
          <a href={routeHash({ view: 'team' })}>{s.teamView}</a>
        </li>
      </ul>
      <ImportScan catalogue={catalogue} strings={strings} actions={actions} />
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
  const input = useRef<HTMLInputElement>(null);
  const id = `rename-${scan.id}`;
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      class="tool-rename"
      onSubmit={(event) => {
        event.preventDefault();
        const title = value.trim();
        if (title) onSave(title);
      }}
    >
      <label for={id} class="field-label">
        {format(strings.list.renameLabel, { title: scan.title })}
      </label>
      <input id={id} ref={input} type="text" value={value} maxLength={120} required onInput={(event) => setValue(event.currentTarget.value)} />
      <button type="submit" class="button">
        {strings.list.renameSave}
      </button>
      <button type="button" class="button button--secondary" onClick={onCancel}>
        {strings.list.cancel}
      </button>
    </form>
  );
}
