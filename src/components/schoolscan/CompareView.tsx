/** Two or more scans side by side, with changes written out in words. */
import { useState } from 'preact/hooks';
import type { SchoolscanStrings } from '../../lib/scan/island-strings';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import { changeSummary, compareScans, orderForComparison, type CompareCell } from '../../lib/scan/compare';
import type { Scan } from '../../lib/scan/model';
import { scanHash } from '../../lib/scan/routes';
import { formatDay } from '../../lib/dates';
import { format, isolate } from '../../lib/text';
import { ChoiceGroup } from '../forms/ChoiceGroup';
import type { ScanActions } from './actions';

interface Props {
  scans: Scan[];
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
}

export function CompareView({ scans, catalogue, strings }: Props) {
  const c = strings.compare;
  const [picked, setPicked] = useState<string[]>(() =>
    orderForComparison(scans)
      .slice(-2)
      .map((scan) => scan.id),
  );
  const selected = orderForComparison(scans.filter((scan) => picked.includes(scan.id)));
  const rows = selected.length >= 2 ? compareScans(selected, catalogue.domains) : [];
  const summary = changeSummary(rows);

  return (
    <div class="scan-compare">
      <p class="print-hidden">
        <a href={scanHash({ view: 'list' })}>{strings.nav.backToList}</a>
      </p>
      <p>{c.intro}</p>
      {scans.length < 2 ? (
        <p>{c.needTwoStored}</p>
      ) : (
        <>
          <ChoiceGroup
            type="checkbox"
            legend={c.pick}
            class="print-hidden"
            options={orderForComparison(scans).map((scan) => ({
              value: scan.id,
              label: `${isolate(scan.title)} (${formatDay(scan.date)})`,
            }))}
            isChecked={(id) => picked.includes(id)}
            onChange={(id, on) => setPicked((current) => (on ? [...current, id] : current.filter((item) => item !== id)))}
          />

          {selected.length < 2 ? (
            <p role="status">{c.needTwo}</p>
          ) : (
            <>
              <p role="status">{format(c.summary, { meer: summary.meer, minder: summary.minder, gelijk: summary.gelijk })}</p>
              <h3 class="narrow-only">{c.tableCaption}</h3>
              <ul class="stacked-list narrow-only" role="list">
                {rows.map((row) => (
                  <li key={row.domain.id} class="stacked-list__item">
                    <h4>{row.domain.label}</h4>
                    <dl>
                      {row.cells.map((cell) => {
                        const scan = selected.find((item) => item.id === cell.scanId)!;
                        return (
                          <div key={cell.scanId}>
                            <dt>
                              {isolate(scan.title)} ({formatDay(scan.date)})
                            </dt>
                            <dd class={cell.change ? `change change--${cell.change}` : undefined}>
                              <CellText cell={cell} strings={strings} />
                            </dd>
                          </div>
                        );
                      })}
                      {selected.length > 2 && (
                        <div>
                          <dt>{c.overall}</dt>
                          <dd class={`change change--${row.overall}`}>{c.changes[row.overall]}</dd>
                        </div>
                      )}
                    </dl>
                  </li>
                ))}
              </ul>
              <section class="table-scroll wide-only" tabIndex={0} aria-label={c.tableCaption}>
                <table class="compare-table">
                  <caption>{c.tableCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{strings.result.domainColumn}</th>
                      {selected.map((scan) => (
                        <th scope="col" key={scan.id}>
                          {scan.title}
                          <span class="compare-table__date">{formatDay(scan.date)}</span>
                        </th>
                      ))}
                      {selected.length > 2 && <th scope="col">{c.overall}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.domain.id}>
                        <th scope="row">{row.domain.label}</th>
                        {row.cells.map((cell) => (
                          <td key={cell.scanId} class={cell.change ? `change change--${cell.change}` : undefined}>
                            <CellText cell={cell} strings={strings} />
                          </td>
                        ))}
                        {selected.length > 2 && <td class={`change change--${row.overall}`}>{c.changes[row.overall]}</td>}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
              <h3>{c.nextHeading}</h3>
              <p>{c.nextIntro}</p>
              <p class="button-row print-hidden">
                <a class="button" href={scanHash({ view: 'result', id: selected.at(-1)!.id })}>
                  {format(c.nextResult, { title: selected.at(-1)!.title })}
                </a>
              </p>
            </>
          )}
        </>
      )}
    </div>
  );
}

/** One scan's answer on one domain, and how it changed since the scan before: the same in the list and the table. */
function CellText({ cell, strings }: { cell: CompareCell; strings: SchoolscanStrings }) {
  return (
    <>
      {cell.rating ? strings.rating.options[cell.rating] : strings.result.noRating}
      {cell.change && cell.change !== 'gelijk' && (
        <span class="change__word">
          {strings.compare.changes[cell.change]}
          <span class="visually-hidden"> {strings.compare.changeVsPrevious}</span>
        </span>
      )}
    </>
  );
}
