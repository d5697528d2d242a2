/** Team mode: several members' scans of the same group, counted per domain. */
import type { ScanDomain } from './catalogue';
import { MAX_NOTE_LENGTH, MAX_TITLE_LENGTH } from '../limits';
import type { DomainAnswer, Scan } from './model';
import { concernStep, mostConcernFirst, ratings, type Rating } from './ratings';
import { answerFor } from './scan';
import { limitText } from '../text';

export interface TeamRow {
  domain: ScanDomain;
  /** How many members gave each answer; "leeg" is no answer. */
  counts: Record<Rating | 'leeg', number>;
  /** The answer most members gave; on a tie the one with the most concern. Null when nobody answered. */
  mostCommon: Rating | null;
  /** True when more than one answer shares the top count. */
  tie: boolean;
  /** Members differ by two steps or more (geen zorgen against grote zorgen): discuss it in the team. */
  discuss: boolean;
}

export function aggregateTeam(scans: readonly Scan[], domains: readonly ScanDomain[]): TeamRow[] {
  return domains.map((domain) => {
    const counts: TeamRow['counts'] = { geen: 0, enige: 0, grote: 0, onbekend: 0, leeg: 0 };
    const steps: number[] = [];
    for (const scan of scans) {
      const rating = answerFor(scan, domain.id).rating;
      counts[rating ?? 'leeg'] += 1;
      const step = rating ? concernStep[rating] : null;
      if (step !== null) steps.push(step);
    }
    const top = Math.max(...ratings.map((rating) => counts[rating]));
    const leaders = mostConcernFirst.filter((rating) => counts[rating] === top && top > 0);
    const spread = steps.length ? Math.max(...steps) - Math.min(...steps) : 0;
    return { domain, counts, mostCommon: leaders[0] ?? null, tie: leaders.length > 1, discuss: spread >= 2 };
  });
}

export interface CombineLabels {
  /** Name of a member without a role, e.g. n => `Teamlid ${n}`. */
  member: (position: number) => string;
}

/** The name a member's notes are signed with: their role, or "Teamlid n". */
export function memberName(scan: Scan, position: number, labels: CombineLabels): string {
  return scan.role.trim() || labels.member(position);
}

/** Every member's note, signed; cut to the stored limit (each member keeps an equal share). */
function combinedNotes(scans: readonly Scan[], domainId: string, field: 'seen' | 'going', labels: CombineLabels): string {
  const notes = scans
    .map((scan, index) => ({ name: memberName(scan, index + 1, labels), text: answerFor(scan, domainId)[field].trim() }))
    .filter((entry) => entry.text)
    .map((entry) => `${entry.name}: ${entry.text}`);
  const joined = notes.join('\n\n');
  if (joined.length <= MAX_NOTE_LENGTH) return joined;
  const share = Math.floor((MAX_NOTE_LENGTH - 2 * (notes.length - 1)) / notes.length);
  return notes.map((note) => limitText(note, share)).join('\n\n');
}

/**
 * One scan from the team's files: per domain the most common answer and every member's notes,
 * signed. Details come from the first file; the title is given.
 */
export function combineTeam(
  scans: readonly Scan[],
  domains: readonly ScanDomain[],
  options: { id: string; now: string; title: string; labels: CombineLabels },
): Scan {
  const [first] = scans;
  if (!first) throw new Error('combineTeam: no scans');
  const rows = aggregateTeam(scans, domains);
  const answers: Record<string, DomainAnswer> = {};
  for (const row of rows) {
    answers[row.domain.id] = {
      rating: row.mostCommon,
      seen: combinedNotes(scans, row.domain.id, 'seen', options.labels),
      going: combinedNotes(scans, row.domain.id, 'going', options.labels),
    };
  }
  return {
    id: options.id,
    title: limitText(options.title, MAX_TITLE_LENGTH),
    level: first.level,
    schoolType: first.schoolType,
    date: first.date,
    role: '',
    domains: answers,
    chosen: [],
    team: { members: scans.length },
    createdAt: options.now,
    updatedAt: options.now,
  };
}
