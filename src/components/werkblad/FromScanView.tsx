/**
 * The worksheets of one scan: where "Maak werkbladen" in a scan's result leads
 * ("/werkblad/?scan=<id>"). Opening it makes the missing worksheets, one per chosen type, linked
 * to the scan; opening it again adds nothing. The plan van aanpak gets the scan when it has none.
 * A scan with one worksheet opens that worksheet straight away.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WerkbladStrings } from '../../lib/i18n/werkblad.nl';
import type { Scan } from '../../lib/scan/model';
import type { WerkbladCatalogue } from '../../lib/werkblad/catalogue';
import { worksheetsFromScan } from '../../lib/werkblad/from-scan';
import type { WerkbladDocument } from '../../lib/werkblad/model';
import { scanHash } from '../../lib/scan/routes';
import { werkbladHash } from '../../lib/werkblad/routes';
import { worksheetProgress } from '../../lib/werkblad/worksheet';
import { newId } from '../../lib/ids';
import { format, plural } from '../../lib/text';
import type { WerkbladActions } from './actions';

interface Props {
  scanId: string;
  scan: Scan | undefined;
  /** True once the worksheets and the scans have been read. */
  ready: boolean;
  doc: WerkbladDocument;
  catalogue: WerkbladCatalogue;
  strings: WerkbladStrings;
  actions: WerkbladActions;
  scanHref: string;
}

export function FromScanView({ scanId, scan, ready, doc, catalogue, strings, actions, scanHref }: Props) {
  const f = strings.fromScan;
  const [made, setMade] = useState<number | null>(null);
  const done = useRef(false);

  useEffect(() => {
    if (!ready || !scan || done.current) return;
    done.current = true;
    const sheets = worksheetsFromScan(scan, catalogue, doc.worksheets, newId, new Date().toISOString());
    for (const sheet of sheets) actions.put(sheet);
    if (doc.plan.scanId === null) actions.setPlan({ school: doc.plan.school, date: doc.plan.date, scanId: scan.id });
    if (sheets.length) actions.announce(format(plural(sheets.length, f.made), { title: scan.title }));
    setMade(sheets.length);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Makes the worksheets once (done.current), from the document as it is when the scan is ready; saving them changes doc, which must not run this again.
  }, [ready, scan]);

  // One worksheet: open it at once, in place of this page in the history (back leads to the scan).
  const only = scan ? doc.worksheets.filter((sheet) => sheet.scanId === scan.id) : [];
  useEffect(() => {
    if (made !== null && only.length === 1) location.replace(werkbladHash({ view: 'edit', id: only[0]!.id }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only.length stands for `only`: its one worksheet is the same while the count is 1.
  }, [made, only.length]);

  if (!ready) return null;
  const back = (
    <p class="print-hidden">
      <a href={werkbladHash({ view: 'list' })}>{strings.nav.backToList}</a>
    </p>
  );
  if (!scan) {
    return (
      <div class="from-scan">
        {back}
        <p>{f.scanMissing}</p>
        <p class="button-row">
          <a class="button" href={scanHref}>
            {f.toScans}
          </a>
        </p>
      </div>
    );
  }

  const result = `${scanHref}${scanHash({ view: 'result', id: scanId })}`;
  const sheets = doc.worksheets.filter((sheet) => sheet.scanId === scan.id);
  const firstOpen = sheets.find((sheet) => {
    const { answered, total } = worksheetProgress(sheet, catalogue.questions);
    return answered < total;
  });
  return (
    <div class="from-scan">
      {back}
      {made !== null && made > 0 && <p class="notice">{format(plural(made, f.made), { title: scan.title })}</p>}
      {sheets.length === 0 ? (
        <>
          <p>{format(f.noneChosen, { title: scan.title })}</p>
          <p class="button-row">
            <a class="button" href={result}>
              {f.toResult}
            </a>
          </p>
        </>
      ) : (
        <>
          <p>{format(f.intro, { title: scan.title })}</p>
          <ul class="tool-cards" role="list">
            {sheets.map((sheet) => {
              const progress = worksheetProgress(sheet, catalogue.questions);
              return (
                <li class="tool-card" key={sheet.id}>
                  <h3 class="tool-card__title">
                    <a href={werkbladHash({ view: 'edit', id: sheet.id })}>{sheet.title}</a>
                  </h3>
                  <p class="worksheet-progress">{format(strings.list.progress, progress)}</p>
                </li>
              );
            })}
          </ul>
          <h3>{f.nextHeading}</h3>
          <p>{firstOpen ? f.nextAnswer : f.nextPlan}</p>
          <p class="button-row">
            {firstOpen ? (
              <>
                <a class="button" href={werkbladHash({ view: 'edit', id: firstOpen.id })}>
                  {format(f.openFirst, { title: firstOpen.title })}
                </a>
                <a class="button button--secondary" href={werkbladHash({ view: 'plan' })}>
                  {f.toPlan}
                </a>
              </>
            ) : (
              <a class="button" href={werkbladHash({ view: 'plan' })}>
                {f.toPlan}
              </a>
            )}
          </p>
        </>
      )}
    </div>
  );
}
