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

/**
 * An object keyed by ids from a file (`__proto__` and `constructor` are valid ids): without a
 * prototype, such an id is just a key, never Object.prototype. Prefer `Map` where the result is
 * not serialised.
 */
export function idRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
