import * as v from 'valibot';
import type { Framework, Session, Tag } from '../session/model';
import { locateJsonError } from '../text/jsonErrorLocation';
import { PALETTE } from './builtinFrameworks';

/**
 * A tag set a trainer writes for their own school, as a JSON file in the workspace named
 * `*.kader.json`. Labels may be one string (used for both languages) or `{ "nl", "en" }`;
 * keys and colours are optional and filled in. Errors name the line or the field.
 */
const label = v.union([v.pipe(v.string(), v.minLength(1), v.maxLength(300)), v.object({ nl: v.pipe(v.string(), v.minLength(1), v.maxLength(300)), en: v.optional(v.pipe(v.string(), v.maxLength(300))) })]);
const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_.:-]{1,60}$/, 'an id has only letters, digits, _ . : - (at most 60)'));

const fileSchema = v.object({
  id,
  name: label,
  groups: v.optional(v.pipe(v.array(v.object({ id, label })), v.maxLength(20))),
  tags: v.pipe(
    v.array(
      v.object({
        id,
        label,
        group: v.optional(v.nullable(id)),
        key: v.optional(v.pipe(v.string(), v.maxLength(1))),
        colour: v.optional(v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb'))),
      }),
    ),
    v.minLength(1, 'a tag set needs at least one tag'),
    v.maxLength(200),
  ),
});

export type FrameworkParse = { ok: true; framework: Framework } | { ok: false; message: { nl: string; en: string } };

const toLocal = (l: v.InferOutput<typeof label>) => (typeof l === 'string' ? { nl: l, en: l } : { nl: l.nl, en: l.en || l.nl });

export function parseCustomFramework(text: string): FrameworkParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    const loc = locateJsonError(text);
    const at = loc ? { nl: ` (regel ${loc.line}, kolom ${loc.column})`, en: ` (line ${loc.line}, column ${loc.column})` } : { nl: '', en: '' };
    return { ok: false, message: { nl: `Het tagset-bestand is geen geldige JSON${at.nl}.`, en: `The tag set file is not valid JSON${at.en}.` } };
  }
  const r = v.safeParse(fileSchema, raw);
  if (!r.success) {
    const i = r.issues[0];
    const path = (i.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('') || '(root)';
    return { ok: false, message: { nl: `Het tagset-bestand klopt niet bij ${path}: ${i.message}`, en: `The tag set file is not valid at ${path}: ${i.message}` } };
  }
  const f = r.output;
  const groups = (f.groups ?? []).map((g) => ({ id: g.id, label: toLocal(g.label) }));
  const groupIds = new Set(groups.map((g) => g.id));
  const seen = new Set<string>();
  const usedKeys = new Set<string>();
  const tags: Tag[] = [];
  for (const [i, t] of f.tags.entries()) {
    if (seen.has(t.id)) return { ok: false, message: { nl: `Tag-id "${t.id}" komt twee keer voor.`, en: `Tag id "${t.id}" occurs twice.` } };
    if (t.group && !groupIds.has(t.group)) return { ok: false, message: { nl: `Tag "${t.id}" hoort bij groep "${t.group}", die niet bestaat.`, en: `Tag "${t.id}" belongs to group "${t.group}", which does not exist.` } };
    seen.add(t.id);
    // Keys 1–9 then letters, skipping ones taken; a tag without a free key is still usable by mouse.
    let key = t.key ?? '';
    if (!key || usedKeys.has(key)) key = [...'123456789abcdefhijlmnoqsuvwxyz'].find((k) => !usedKeys.has(k)) ?? '';
    usedKeys.add(key);
    tags.push({ id: t.id, group: t.group ?? null, label: toLocal(t.label), key, colour: t.colour ?? PALETTE[i % PALETTE.length]! });
  }
  return { ok: true, framework: { id: f.id, name: toLocal(f.name), groups, tags } };
}

/**
 * Switching tag sets must not orphan what observers already tagged: tags of the old set still used
 * by a detail or question are kept (in a group of their own), so nothing is lost.
 */
export function switchFramework(session: Session, next: Framework): Framework {
  const used = new Set([...session.details.flatMap((d) => d.tags), ...session.questions.flatMap((q) => q.tags), ...session.participants.flatMap((p) => p.lens)]);
  const have = new Set(next.tags.map((t) => t.id));
  const kept = session.framework.tags.filter((t) => used.has(t.id) && !have.has(t.id));
  if (!kept.length) return structuredClone(next);
  const groupId = 'eerder';
  return {
    ...structuredClone(next),
    groups: [...next.groups, { id: groupId, label: { nl: `Eerder gebruikt (${session.framework.name.nl})`, en: `Used before (${session.framework.name.en})` } }],
    tags: [...structuredClone(next.tags), ...kept.map((t) => ({ ...t, group: groupId, key: '' }))],
  };
}
