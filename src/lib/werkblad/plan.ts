/**
 * The plan van aanpak: a title page, the summary of the linked scan, then every worksheet with
 * all answers and actions. Assembled here so the printed plan and its tests share one source.
 */
import { priorities, profile, type ProfileRow } from '../scan/analysis';
import type { Scan } from '../scan/model';
import type { WerkbladCatalogue, WerkbladPartner, WerkbladQuestion } from './catalogue';
import type { Action, Status, WerkbladDocument, Worksheet } from './model';
import { createWorksheet, filledActions, openQuestions } from './worksheet';

export type PlanScan =
  | { kind: 'scan'; scan: Scan; profile: ProfileRow[]; priorities: ProfileRow[] }
  /** The plan points to a scan that is no longer on this device. */
  | { kind: 'missing'; scanId: string }
  | { kind: 'none' };

export interface PlanWorksheet {
  worksheet: Worksheet;
  status: Status;
  domainLabels: string[];
  answers: { question: WerkbladQuestion; answer: string }[];
  open: WerkbladQuestion[];
  partners: WerkbladPartner[];
  /** Every partner, to tick on paper when none is chosen yet. */
  partnerChoices: WerkbladPartner[];
  actions: Action[];
  /** True when the worksheet came from a scan that has since been deleted. */
  scanGone: boolean;
}

export interface AssembledPlan {
  school: string;
  date: string;
  scan: PlanScan;
  worksheets: PlanWorksheet[];
}

/** The scan most worksheets come from, for a plan that names none. */
export function mostLinkedScanId(worksheets: readonly Worksheet[]): string | null {
  const counts = new Map<string, number>();
  for (const sheet of worksheets) if (sheet.scanId) counts.set(sheet.scanId, (counts.get(sheet.scanId) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = id;
  return best;
}

export function planWorksheet(worksheet: Worksheet, scans: readonly Scan[], catalogue: WerkbladCatalogue): PlanWorksheet {
  const domainLabels = new Map(catalogue.domains.map((domain) => [domain.id, domain.label]));
  return {
    worksheet,
    status: worksheet.status,
    domainLabels: worksheet.domains.flatMap((id) => domainLabels.get(id) ?? []),
    answers: catalogue.questions.map((question) => ({ question, answer: worksheet.answers[question.id] ?? '' })),
    open: openQuestions(worksheet, catalogue.questions),
    partners: [
      ...catalogue.partners.filter((partner) => worksheet.partners.includes(partner.id)),
      ...(worksheet.ownPartners ?? [])
        .filter((partner) => partner.name.trim() !== '')
        .map((partner) => ({ id: partner.id, label: partner.name.trim(), group: 'school' as const, addition: false })),
    ],
    partnerChoices: catalogue.partners,
    actions: filledActions(worksheet),
    scanGone: worksheet.scanId !== null && !scans.some((scan) => scan.id === worksheet.scanId),
  };
}

/** A worksheet with nothing filled in, to write on: the paper form (PaperWorksheet.astro). */
export const blankWorksheet = (catalogue: WerkbladCatalogue): PlanWorksheet =>
  planWorksheet(createWorksheet({ kind: 'programme', name: '' }, { scanId: null, domains: [] }, 'blank', ''), [], catalogue);

export function assemblePlan(document: WerkbladDocument, scans: readonly Scan[], catalogue: WerkbladCatalogue): AssembledPlan {
  // Without a chosen scan: the scan on this device most worksheets came from; if all of their
  // scans are gone, say so rather than pretend the plan never had one.
  const onDevice = document.worksheets.filter((sheet) => scans.some((scan) => scan.id === sheet.scanId));
  const scanId = document.plan.scanId ?? mostLinkedScanId(onDevice) ?? mostLinkedScanId(document.worksheets);
  const scan = scanId ? scans.find((item) => item.id === scanId) : undefined;
  const planScan: PlanScan = scan
    ? { kind: 'scan', scan, profile: profile(scan, catalogue.domains), priorities: priorities(scan, catalogue.domains) }
    : scanId
      ? { kind: 'missing', scanId }
      : { kind: 'none' };
  return {
    school: document.plan.school,
    date: document.plan.date,
    scan: planScan,
    worksheets: document.worksheets.map((worksheet) => planWorksheet(worksheet, scans, catalogue)),
  };
}
