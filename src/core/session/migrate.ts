import { SESSION_FORMAT, SESSION_VERSION } from './model';

/**
 * Brings an older session file's JSON up to the current version, one step at a time. Each step
 * is a pure function from version n to n+1.
 */
type Step = (old: Record<string, unknown>) => Record<string, unknown>;
export const MIGRATIONS: Record<number, Step> = {
  // Version 2 only adds optional fields (speech words, question origin, notes of the trio cycle,
  // corrections of the spiegel). A version-1 file is valid as it is; the bump exists so that an
  // older Klein Kijken opens a version-2 file read-only instead of dropping fields it does not know.
  1: (old) => old,
};

export type MigrateResult =
  | { ok: true; value: unknown; migratedFrom: number | null }
  | { ok: false; reason: 'not-a-session' | 'newer' | 'invalid-version'; version?: number };

export function migrate(
  raw: unknown,
  steps: Record<number, Step> = MIGRATIONS,
  current: number = SESSION_VERSION,
): MigrateResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, reason: 'not-a-session' };
  const o = raw as Record<string, unknown>;
  if (o.format !== SESSION_FORMAT) return { ok: false, reason: 'not-a-session' };
  const version = o.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, reason: 'invalid-version' };
  if (version > current) return { ok: false, reason: 'newer', version };
  let cur = o;
  for (let n = version; n < current; n++) {
    const step = steps[n];
    if (!step) return { ok: false, reason: 'invalid-version', version: n };
    cur = { ...step(cur), version: n + 1 };
  }
  return { ok: true, value: cur, migratedFrom: version === current ? null : version };
}
