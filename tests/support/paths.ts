import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The same site built under a sub-path with a public address (npm run build:subpath). */
export const subpathDistDir = fileURLToPath(new URL('../../dist-subpath/', import.meta.url));
export const subpathBase = '/welbevinden/';
export const subpathSite = 'https://welbevinden.example';
/** The source text as delivered (seed/000_66843c3282b38086.txt), kept verbatim for the fidelity test. */
export const sourceTextFile = fileURLToPath(new URL('../fixtures/brontekst.txt', import.meta.url));
