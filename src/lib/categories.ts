/**
 * The categories content and tools share, as plain data: the content schemas check against them
 * at build time, and browser code (the scan, the routes) can use them without a schema library.
 */

/** School types: primary (po), secondary (vo), special (so/vso) and vocational (mbo). */
export const schoolTypes = ['po', 'vo', 'so-vso', 'mbo'] as const;
export type SchoolType = (typeof schoolTypes)[number];

/** Who an intervention type works with. */
export const audiences = ['leerlingen', 'leerkrachten', 'ouders'] as const;
export type Audience = (typeof audiences)[number];
