/** The worksheets on this device, total progress, and export, import and the plan. */
import { knownIdsOf } from '../../lib/werkblad/catalogue';
import type { ReadImport } from '../../lib/import-readers';
import type { WerkbladImportResult } from '../../lib/werkblad/exchange';
import { importOneLater } from '../tools/importLater';
import type { WerkbladDocument } from '../../lib/werkblad/model';
import { werkbladHash } from '../../lib/werkblad/routes';
import { openQuestions, totalProgress, worksheetProgress } from '../../lib/werkblad/worksheet';
import { format, plural } from '../../lib/text';
import { FileImport } from '../tools/FileImport';
import { BackupSection } from '../tools/BackupSection';
import { newestChange } from '../../lib/backup-time';
import { ConfirmDelete, UndoNotice, useRemoval } from '../tools/Removal';
import type { WerkbladViewProps } from './actions';
import { BlankPrint } from '../tools/BlankPrint';

// Exporting and importing load when used: the list's first view does not need their code.
const downloads = () => import('./downloads');
const readImport: ReadImport<'werkblad'> = async (json, request) =>
  (await import('../../lib/werkblad/exchange')).readWerkbladImport(json, request);

interface Props extends WerkbladViewProps {
  doc: WerkbladDocument;
}

export function WorksheetList({ doc, catalogue, strings, actions, scans }: Props) {
  const s = strings.list;

  const removal = useRemoval(actions.remove, actions.restore);
  const total = totalProgress(doc.worksheets, catalogue.questions);
  const questionNumber = new Map(catalogue.questions.map((question, index) => [question.id, index + 1]));

  return (
    <div class="worksheet-list">
      {removal.removed && <UndoNotice text={format(s.deleted, { title: removal.removed.title })} undo={s.undo} onUndo={removal.undo} />}

      <p class="button-row">
        <a class="button" href={werkbladHash({ view: 'create' })}>
          {s.newWorksheet}
        </a>
        {doc.worksheets.length > 0 && (
          <a class="button button--secondary" href={werkbladHash({ view: 'plan' })}>
            {s.plan}
          </a>
        )}
      </p>
      <BlankPrint form="werkblad" strings={strings.blank} />

      {doc.worksheets.length === 0 ? (
        <p>{s.empty}</p>
      ) : (
        <>
          <p class="tool-progress">
            <progress max={total.total} value={total.answered} aria-hidden="true" /> {format(s.totalProgress, total)}
          </p>
          <ul class="tool-cards" role="list">
            {doc.worksheets.map((worksheet) => {
              const progress = worksheetProgress(worksheet, catalogue.questions);
              const open = openQuestions(worksheet, catalogue.questions);
              const scan = worksheet.scanId ? scans.find((item) => item.id === worksheet.scanId) : undefined;
              return (
                <li class="tool-card" key={worksheet.id}>
                  <h3 class="tool-card__title">
                    <a href={werkbladHash({ view: 'edit', id: worksheet.id })} data-open={worksheet.id}>
                      {worksheet.title}
                    </a>
                  </h3>
                  <p class="tool-card__meta">
                    {worksheet.typeId ? strings.worksheet.kindType : s.programme} ·{' '}
                    {format(s.status, { status: strings.statuses[worksheet.status] })}
                    {worksheet.scanId && <> · {scan ? format(s.fromScan, { title: scan.title }) : s.scanGone}</>}
                  </p>
                  <p class="worksheet-progress">
                    {format(s.progress, progress)}.{' '}
                    {open.length === 0
                      ? s.allAnswered
                      : format(s.open, {
                          questions: open
                            .map((question) => format(s.questionNumber, { n: questionNumber.get(question.id) ?? '' }))
                            .join(', '),
                        })}
                  </p>
                  {removal.asking === worksheet.id ? (
                    <ConfirmDelete
                      question={format(s.confirmDelete, { title: worksheet.title })}
                      yes={s.confirmDeleteYes}
                      cancel={s.cancel}
                      onYes={() => removal.confirm(worksheet.id)}
                      onCancel={removal.cancel}
                    />
                  ) : (
                    <div class="tool-actions" role="group" aria-label={format(s.actionsFor, { title: worksheet.title })}>
                      <a class="button button--secondary" href={werkbladHash({ view: 'edit', id: worksheet.id })}>
                        {s.openWorksheet}
                      </a>
                      <button
                        type="button"
                        class="button button--secondary button--warning-text"
                        data-delete={worksheet.id}
                        onClick={() => removal.ask(worksheet.id)}
                      >
                        {s.delete}
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}

      <h3>{s.more}</h3>
      {doc.worksheets.length > 0 && (
        <p class="button-row">
          <button type="button" class="button button--secondary" onClick={() => void downloads().then((d) => d.downloadWerkbladJson(doc))}>
            {s.exportJson}
          </button>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => void downloads().then((d) => d.downloadActionsCsv(doc.worksheets, strings))}
          >
            {s.exportCsv}
          </button>
        </p>
      )}
      <FileImport
        strings={strings.import}
        request={{ reader: 'werkblad', known: knownIdsOf(catalogue) }}
        read={readImport}
        onFiles={importOneLater(strings, actions, (result: WerkbladImportResult) =>
          result.ok
            ? { ok: true, records: result.worksheets, announcement: plural(result.worksheets.length, strings.import.done) }
            : result,
        )}
      />
      <BackupSection
        strings={strings.backup}
        useText={strings.storage.use}
        newestChange={newestChange(doc.worksheets)}
        announce={actions.announce}
      />
    </div>
  );
}
