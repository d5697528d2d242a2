/**
 * Werkblad data for browser tests, built with the site's own format code (src/lib/werkblad) and
 * the real content: the five questions, the partners, worksheets, the stored localStorage
 * document and exported werkblad files.
 */
import { randomBytes } from 'node:crypto';
import { exportWerkblad } from '../../src/lib/werkblad/exchange';
import { EPOCH, WERKBLAD_VERSION, type Action, type Plan, type Status, type Worksheet } from '../../src/lib/werkblad/model';
import { readYamlList } from './content-files';

export interface ContentQuestion {
  id: string;
  text: string;
  hints: { quote: string; page: string }[];
}

export interface ContentPartner {
  id: string;
  label: string;
  /** This site's addition: labelled so on the werkblad. */
  addition: boolean;
  source?: { quote: string; page: string };
}

const byOrder = (a: Record<string, unknown>, b: Record<string, unknown>) => Number(a.order) - Number(b.order);

/** The five questions of questions.yaml, in their order, verbatim. */
export function contentQuestions(): ContentQuestion[] {
  return readYamlList('questions.yaml')
    .sort(byOrder)
    .map((entry) => ({
      id: String(entry.id),
      text: String(entry.text),
      hints: ((entry.hints as { quote: string; page: string }[] | undefined) ?? []).map((hint) => ({ quote: hint.quote, page: hint.page })),
    }));
}

/** The partners of partners.yaml, in their order. */
export function contentPartners(): ContentPartner[] {
  return readYamlList('partners.yaml')
    .sort(byOrder)
    .map((entry) => ({
      id: String(entry.id),
      label: String(entry.label),
      addition: entry.addition === true,
      ...(entry.source ? { source: entry.source as { quote: string; page: string } } : {}),
    }));
}

export const randomWorksheetId = (): string => randomBytes(12).toString('hex');

export interface WorksheetSpec {
  id?: string;
  title: string;
  /** An intervention type id; null or absent for a named programme. */
  typeId?: string | null;
  scanId?: string | null;
  domains?: string[];
  /** Answer per question id. */
  answers?: Record<string, string>;
  partners?: string[];
  actions?: Omit<Action, 'id'>[];
  status?: Status;
  createdAt?: string;
  updatedAt?: string;
}

/** A complete, valid worksheet. */
export function makeWorksheet(spec: WorksheetSpec): Worksheet {
  const now = new Date().toISOString();
  return {
    id: spec.id ?? randomWorksheetId(),
    title: spec.title,
    typeId: spec.typeId ?? null,
    scanId: spec.scanId ?? null,
    domains: spec.domains ?? [],
    answers: spec.answers ?? {},
    partners: spec.partners ?? [],
    actions: (spec.actions ?? []).map((action) => ({ id: randomWorksheetId(), ...action })),
    status: spec.status ?? 'idee',
    createdAt: spec.createdAt ?? now,
    updatedAt: spec.updatedAt ?? spec.createdAt ?? now,
  };
}

export const emptyPlan = (): Plan => ({ school: '', date: '', scanId: null, updatedAt: EPOCH });

/** The raw localStorage value of "welbevinden.werkblad" holding these worksheets (model.ts). */
export function storedWerkbladText(worksheets: Worksheet[], plan: Plan = emptyPlan(), deleted: Record<string, string> = {}): string {
  return JSON.stringify({ version: WERKBLAD_VERSION, data: { worksheets, deleted, plan } });
}

/** An exported werkblad file as "Alle werkbladen exporteren (JSON)" writes it. */
export function werkbladFileText(worksheets: Worksheet[], plan: Plan = emptyPlan(), exportedAt = new Date().toISOString()): string {
  return `${JSON.stringify(exportWerkblad({ worksheets, deleted: {}, plan }, exportedAt), null, 2)}\n`;
}
