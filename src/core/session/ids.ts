/**
 * Random ids for session items. Copies of a session are merged by id, so ids must be globally
 * unique; a letter prefix keeps them valid as XML ids (EAF, QDPX) too.
 */
export function newId(prefix: string): string {
  return prefix + globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 20);
}

export function nowIso(): string {
  return new Date().toISOString();
}
