/** The worksheets on this device, total progress, and export, import and the plan. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WerkbladStrings } from '../../lib/i18n/werkblad.nl';
import type { Scan } from '../../lib/scan/model';
import type { WerkbladCatalogue } from '../../lib/werkblad/catalogue';
import { parseWerkbladFile } from '../../lib/werkblad/exchange';
import type { WerkbladDocument, Worksheet } from '../../lib/werkblad/model';
import { werkbladHash } from '../../lib/werkblad/routes';
import { openQuestions, totalProgress, worksheetProgress } from '../../lib/werkblad/worksheet';
import { format, plural } from '../../lib/text';
import { FileImport } from '../tools/FileImport';
import { downloadActionsCsv, downloadWerkbladJson, importErrorText, knownIds } from './exports';
import type { WerkbladActions } from './Werkblad';

interface Props {
  doc: WerkbladDocument;
  catalogue: WerkbladCatalogue;
  strings: WerkbladStrings;
  actions: WerkbladActions;
  scans: Scan[];
}

export function WorksheetList({ doc, catalogue, strings, actions, scans }: Props) {
  const s = strings.list;
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removed, setRemoved] = useState<Worksheet | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const total = totalProgress(doc.worksheets, catalogue.questions);
  const questionNumber = new Map(catalogue.questions.map((question, index) => [question.id, index + 1]));

  useEffect(() => {
    if (removed) undoButton.current?.focus();
  }, [removed]);

  return (
    <div class="worksheet-list">
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
                    <a href={werkbladHash({ view: 'edit', id: worksheet.id })}>{worksheet.title}</a>
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
                          questions: open.map((question) => format(s.questionNumber, { n: questionNumber.get(question.id) ?? '' })).join(', '),
                        })}
                  </p>
                  {confirming === worksheet.id ? (
                    <div class="tool-confirm" role="group" aria-label={format(s.confirmDelete, { title: worksheet.title })}>
                      <p>{format(s.confirmDelete, { title: worksheet.title })}</p>
                      <button
                        type="button"
                        class="button button--warning"
                        onClick={() => {
                          setConfirming(null);
                          setRemoved(actions.remove(worksheet.id) ?? null);
                        }}
                      >
                        {s.confirmDeleteYes}
                      </button>
                      <button type="button" class="button button--secondary" onClick={() => setConfirming(null)}>
                        {s.cancel}
                      </button>
                    </div>
                  ) : (
                    <div class="tool-actions" role="group" aria-label={format(s.actionsFor, { title: worksheet.title })}>
                      <a class="button button--secondary" href={werkbladHash({ view: 'edit', id: worksheet.id })}>
                        {s.openWorksheet}
                      </a>
                      <button type="button" class="button button--secondary button--warning-text" onClick={() => setConfirming(worksheet.id)}>
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
          <button type="button" class="button button--secondary" onClick={() => downloadWerkbladJson(doc)}>
            {s.exportJson}
          </button>
          <button type="button" class="button button--secondary" onClick={() => downloadActionsCsv(doc.worksheets, strings)}>
            {s.exportCsv}
          </button>
        </p>
      )}
      <FileImport
        id="werkblad-import-file"
        label={strings.import.label}
        hint={strings.import.hint}
        errorTitle={strings.import.errorTitle}
        readError={(file, reason) => importErrorText(strings, file, { code: reason })}
        onText={(text, file) => {
          const result = parseWerkbladFile(text, knownIds(catalogue));
          if (!result.ok) return importErrorText(strings, file, result.error);
          actions.addAll(result.worksheets, plural(result.worksheets.length, strings.import.done));
          return null;
        }}
      />
    </div>
  );
}
