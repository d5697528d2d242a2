import { join } from 'node:path';

/** Folders of the project, from this file's folder (import.meta.dirname also works in jsdom test files). */

export const projectRoot = join(import.meta.dirname, '../../');
export const distDir = join(import.meta.dirname, '../../dist/');
/** The same site built under a sub-path with a public address (npm run build:subpath). */
export const subpathDistDir = join(import.meta.dirname, '../../dist-subpath/');
export const subpathBase = '/welbevinden/';
export const subpathSite = 'https://welbevinden.example';
/** The source text as delivered (seed/000_66843c3282b38086.txt), kept verbatim for the fidelity test. */
export const sourceTextFile = join(import.meta.dirname, '../fixtures/brontekst.txt');
