/**
 * Migrations between versions of stored or exported data. A migration takes the data of
 * version n and returns the data of version n + 1; `migrate` runs them in order.
 */
export type Migrations = Readonly<Record<number, (data: unknown) => unknown>>;

export class MigrationError extends Error {
  constructor(
    readonly from: number,
    readonly to: number,
  ) {
    super(`No migration from version ${from} to version ${to}.`);
    this.name = 'MigrationError';
  }
}

/** Brings `data` from version `from` up to version `to`; throws when a step is missing. */
export function migrate(data: unknown, from: number, to: number, migrations: Migrations): unknown {
  let current = data;
  for (let version = from; version < to; version++) {
    const step = migrations[version];
    if (!step) throw new MigrationError(version, to);
    current = step(current);
  }
  return current;
}
