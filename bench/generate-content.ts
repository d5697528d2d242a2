/**
 * Generates content at a multiple of the site's size, for the scale part of the benchmark:
 * `factor` × the intervention types and × the references, in a COPY of the project. The real
 * content is never touched: the generator refuses the project's own folder.
 *
 * - Intervention types: (factor - 1) × the real count as `gen-type-NNNN.mdx`, each with a few
 *   paragraphs of Dutch words (seeded, so every run makes the same content), 1–3 generated
 *   sources, and a link from one domain (round robin) in domains.yaml, with a rationale: the
 *   build fails on a type that no domain links.
 * - References: (factor - 1) × the real count, appended to references.yaml, valid against
 *   referenceSchema (src/lib/content-schemas.ts), sourceText included.
 *
 * Usage on its own: node bench/generate-content.ts <copy-of-the-project> <factor>
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dump, load } from 'js-yaml';
import { BenchError, projectRoot } from './lib.ts';

/** A small seeded PRNG (mulberry32), so the generated content is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (
  'leerlingen leerkracht klas school groep team ouders mentor pauze les lessen aandacht rust ' +
  'spanning stress zorgen gevoelens emoties vriendschap samenwerken conflicten ruzie pesten ' +
  'gepest veiligheid vertrouwen regels afspraken routines structuur oefeningen gesprek gesprekken ' +
  'reflectie ademhaling beweging slaap energie concentratie motivatie zelfvertrouwen veerkracht ' +
  'weerbaarheid grenzen samen praten luisteren helpen steun ondersteuning begeleiding training ' +
  'programma aanpak werkwijze methode signaleren voorkomen bespreken oefenen leren ontwikkelen ' +
  'sociale vaardigheden omgaan met elkaar thuis buiten schoolplein online contact uitleg taak ' +
  'rooster week dag ochtend middag jaar bovenbouw onderbouw basisschool voortgezet onderwijs ' +
  'mbo studenten jongeren kinderen adolescenten groepsvorming klassenklimaat sfeer positief ' +
  'gedrag feedback complimenten verwachtingen doelen stappen plan evaluatie monitoren observatie ' +
  'vragenlijst interventie preventie universeel specifiek risico bescherming welbevinden ' +
  'tevredenheid somberheid angst boosheid frustratie ontspanning humor spel sport muziek tekenen ' +
  'verhalen rollenspel voorbeeld situatie moment keuze inzicht bewustwording hulp doorverwijzen ' +
  'zorgteam intern begeleider schoolmaatschappelijk werk jeugdgezondheidszorg gemeente wijkteam'
).split(' ');

const families = [
  'Jansen',
  'de Vries',
  'van Dijk',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'Smith',
  'Brown',
  'Taylor',
  'Wilson',
  'Johnson',
  'Garcia',
  'Müller',
  'Schmidt',
  'Larsen',
  'Nielsen',
];
const journals = [
  'Tijdschrift voor Orthopedagogiek',
  'Pedagogische Studiën',
  'Journal of School Psychology',
  'School Mental Health',
  'Child Development',
  'Journal of Adolescence',
  'Kind en Adolescent',
];

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export interface Generated {
  interventions: number;
  references: number;
}

/** Adds generated content to the project copy at `root` so it holds `factor` × the real counts. */
export function generateContent(root: string, factor: number, seed = 20_260_101): Generated {
  const target = resolve(root);
  if (target === projectRoot || target.startsWith(`${projectRoot}/src`)) {
    throw new BenchError(`generate-content: refusing to write generated content into the real project (${target})`);
  }
  const content = join(target, 'src/content');
  const interventionFiles = readdirSync(join(content, 'interventions')).filter((name) => name.endsWith('.mdx'));
  const referenceText = readFileSync(join(content, 'references.yaml'), 'utf8');
  const realReferences = load(referenceText) as { id: string }[];
  const domains = load(readFileSync(join(content, 'domains.yaml'), 'utf8')) as { interventions: { type: string; rationale: string }[] }[];
  const addTypes = (factor - 1) * interventionFiles.length;
  const addReferences = (factor - 1) * realReferences.length;
  if (factor === 1) return { interventions: interventionFiles.length, references: realReferences.length };
  if (!Number.isInteger(factor) || factor < 1) throw new BenchError(`generate-content: factor must be a whole number ≥ 1, not ${factor}`);

  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const phrase = (count: number) => Array.from({ length: count }, () => pick(words)).join(' ');
  const sentence = (count: number) => {
    const text = phrase(count);
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };

  // References.
  const referenceIds: string[] = [];
  const references = Array.from({ length: addReferences }, (_, index) => {
    const authors = Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
      family: pick(families),
      given: `${pick('ABCDEFGHJKLMNPRSTW'.split(''))}.${next() < 0.5 ? `${pick('ABCDEFGHJKLMNPRSTW'.split(''))}.` : ''}`,
    }));
    const year = 1990 + Math.floor(next() * 35);
    const id = `gen-${slug(authors[0]!.family)}-${year}-${String(index + 1).padStart(5, '0')}`;
    referenceIds.push(id);
    const title = sentence(6 + Math.floor(next() * 8)).slice(0, -1);
    const container = pick(journals);
    const volume = String(1 + Math.floor(next() * 60));
    const issue = String(1 + Math.floor(next() * 6));
    const first = 1 + Math.floor(next() * 400);
    const pages = `${first}-${first + 5 + Math.floor(next() * 20)}`;
    const authorText = authors.map((author) => `${author.family} ${author.given.replace(/\./g, '')}`).join(', ');
    return {
      id,
      kind: 'article',
      authors,
      year,
      title,
      container,
      volume,
      issue,
      pages,
      sourceText: `${authorText}. (${year}). ${title}. ${container}, ${volume}(${issue}), ${pages}.`,
    };
  });
  appendFileSync(
    join(content, 'references.yaml'),
    `\n# Generated by bench/generate-content.ts (factor ${factor}).\n${dump(references, { lineWidth: -1 })}`,
  );

  // Intervention types, each linked from one domain.
  for (let index = 0; index < addTypes; index++) {
    const number = String(interventionFiles.length + index + 1).padStart(4, '0');
    const id = `gen-type-${number}`;
    const topic = phrase(3);
    const sources = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(referenceIds));
    const audiences = ['leerlingen', 'leerkrachten', 'ouders'].filter((_, position) => position === 0 || next() < 0.3);
    const paragraphs = Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => sentence(8 + Math.floor(next() * 10))).join(' '));
    const frontmatter = {
      title: `Werkvorm ${number}: ${topic}`,
      sourceLabel: `Werkvorm ${number}`,
      order: interventionFiles.length + index + 1,
      summary: `Interventies die zich richten op ${topic}: ${phrase(12)}.`,
      audiences,
      scope: next() < 0.7 ? 'universeel' : 'specifieke-groepen',
      sources: [...new Set(sources)],
    };
    writeFileSync(
      join(content, 'interventions', `${id}.mdx`),
      `---\n${dump(frontmatter, { lineWidth: -1 })}---\n\n${paragraphs.join('\n\n')}\n`,
    );
    domains[index % domains.length]!.interventions.push({ type: id, rationale: `Richt zich op ${topic}, wat aansluit bij ${phrase(6)}.` });
  }
  writeFileSync(
    join(content, 'domains.yaml'),
    `# Generated by bench/generate-content.ts (factor ${factor}).\n${dump(domains, { lineWidth: -1 })}`,
  );

  return { interventions: interventionFiles.length + addTypes, references: realReferences.length + addReferences };
}

if (import.meta.main) {
  const [root, factorText] = process.argv.slice(2);
  if (!root || !factorText) {
    process.stderr.write('usage: node bench/generate-content.ts <copy-of-the-project> <factor>\n');
    process.exit(2);
  }
  const result = generateContent(root, Number(factorText));
  process.stderr.write(`${root}: ${result.interventions} intervention types, ${result.references} references\n`);
}
