/**
 * What a printed scan shows, for a colleague who was not there: the details (with who filled it
 * in), the priorities, every domain with its rating and the team's notes in full, stacked; the
 * chosen types with this site's reasons for linking them to the domains of concern; the
 * databanks' addresses and the way on to the werkblad, spelled out. Hidden on screen; printing
 * never depends on the size of a text area.
 */
import type { SchoolscanStrings } from '../../lib/scan/island-strings';
import { chosenWithReasons, notesPerDomain, priorities, splitUnrated } from '../../lib/scan/analysis';
import { databankLinksFor, type ScanCatalogue } from '../../lib/scan/catalogue';
import type { Scan } from '../../lib/scan/model';
import { formatDay } from '../../lib/dates';
import { documentName } from '../../lib/print-document';
import { format, listText } from '../../lib/text';
import { absoluteAddress } from '../../lib/urls';
import { DomainNotes } from './DomainNotes';
import { PriorityList } from './PriorityList';

interface Props {
  scan: Scan;
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
}

export function PrintSheet({ scan, catalogue, strings }: Props) {
  const r = strings.result;
  const p = strings.print;
  const ordered = priorities(scan, catalogue.domains);
  const chosen = chosenWithReasons(scan, catalogue);
  const databanks = databankLinksFor(catalogue, scan.schoolType);
  const [noted, unrated] = splitUnrated(notesPerDomain(scan, catalogue.domains));
  // The sheet is only rendered in the browser (the island's first, server-rendered view is the list).
  const here = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  const address = (link: string) => absoluteAddress(link, here);
  return (
    <section class="print-sheet" data-print-document={documentName(strings.nav.label, scan.title)}>
      <h3>{format(p.title, { title: scan.title })}</h3>
      <dl class="print-sheet__meta">
        <dt>{strings.details.level}</dt>
        <dd>{strings.details.levels[scan.level]}</dd>
        <dt>{strings.details.schoolType}</dt>
        <dd>{strings.details.schoolTypes[scan.schoolType]}</dd>
        <dt>{strings.details.date}</dt>
        <dd>{formatDay(scan.date)}</dd>
        {scan.role && (
          <>
            <dt>{p.role}</dt>
            <dd>{scan.role}</dd>
          </>
        )}
      </dl>
      {scan.team && <p>{format(r.teamNote, { members: scan.team.members })}</p>}

      <h4>{r.priorities}</h4>
      {ordered.length === 0 ? <p>{r.noPriorities}</p> : <PriorityList rows={ordered} options={strings.rating.options} />}

      <h4>{p.notesHeading}</h4>
      {noted.length > 0 && (
        <DomainNotes
          rows={noted}
          labels={{ seen: strings.rating.seen, going: strings.rating.going, noRating: r.noRating, options: strings.rating.options }}
        />
      )}
      {unrated.length > 0 && (
        <p>
          {r.noRating}: {unrated.join(', ')}
        </p>
      )}

      <h4>{p.chosenHeading}</h4>
      {chosen.length === 0 ? (
        <p>{r.noneChosen}</p>
      ) : (
        <>
          <p>{p.chosenIntro}</p>
          <ul class="print-sheet__choices" role="list">
            {chosen.map(({ type, reasons }) => (
              <li key={type.id} class="print-sheet__choice">
                <h5>{type.title}</h5>
                {reasons.length === 0 ? (
                  <p>{p.noFit}</p>
                ) : (
                  <>
                    <p>
                      {format(r.fits, {
                        domains: listText(
                          reasons.map((reason) => reason.domain.label),
                          r.and,
                        ),
                      })}
                    </p>
                    <ul>
                      {reasons.map(({ domain, rationale }) => (
                        <li key={domain.id}>
                          <strong>{domain.label}:</strong> {rationale}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <p class="print-sheet__address">
                  {p.typePage} {address(type.href)}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}

      <h4>{r.databanks}</h4>
      <p>{format(r.databanksIntro, { schoolType: strings.details.schoolTypes[scan.schoolType] })}</p>
      <ul class="print-sheet__databanks">
        {databanks.map((link) => (
          <li key={link.url}>
            {link.label} ({link.databank}): <span class="print-sheet__address">{link.url}</span>
          </li>
        ))}
      </ul>

      {chosen.length > 0 && (
        <>
          <h4>{r.nextHeading}</h4>
          <p>
            {p.nextIntro} <span class="print-sheet__address">{address(catalogue.links.werkblad)}</span>
          </p>
        </>
      )}
      <p class="print-sheet__note-small">{p.printedNote}</p>
    </section>
  );
}
