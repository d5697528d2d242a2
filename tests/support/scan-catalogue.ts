/**
 * The schoolscan's catalogue built from the real content files, the same way the site builds it
 * (buildScanCatalogue), for unit tests and for writing example files in browser tests.
 */
import { buildScanCatalogue, type CatalogueSources, type ScanCatalogue } from '../../src/lib/scan/catalogue';
import { readMdxFolder, readYamlList } from './content-files';

export function contentCatalogue(): ScanCatalogue {
  const byOrder = <T extends { order?: unknown }>(a: T, b: T) => Number(a.order) - Number(b.order);
  const domains = readYamlList('domains.yaml')
    .sort(byOrder)
    .map((entry) => ({
      id: String(entry.id),
      data: {
        ...(entry as unknown as CatalogueSources['domains'][number]['data']),
        interventions: (entry.interventions as { type: string; rationale: string }[]).map((link) => ({
          type: { id: link.type },
          rationale: link.rationale,
        })),
      },
    }));
  const interventions = readMdxFolder('interventions')
    .sort((a, b) => Number(a.frontmatter.order) - Number(b.frontmatter.order))
    .map((entry) => ({ id: entry.id, data: { title: String(entry.frontmatter.title) } }));
  const databanks = readYamlList('databanks.yaml')
    .sort(byOrder)
    .map((entry) => ({ data: entry as unknown as CatalogueSources['databanks'][number]['data'] }));
  return buildScanCatalogue({ domains, interventions, databanks }, (path) => path);
}
