/**
 * Ids of saved records: random, lower-case hexadecimal. crypto.getRandomValues works on plain http
 * too (a school intranet), where crypto.randomUUID does not.
 */
export function newId(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The rule the tools' routes use for a record id: letters a–z and digits, 1 to 64 characters. */
export function isRecordId(id: string): boolean {
  return /^[a-z0-9]{1,64}$/.test(id);
}
