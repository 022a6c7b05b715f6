// Saving and editing a large session: save at 2,000 details (serialize + atomic write) and one
// edit applied and validated the way the host does it.
import { join } from 'node:path';
import type { Detail, Session } from '../src/core/session/model';
import { newSession } from '../src/core/session/newSession';
import { parseSessionText, serializeSession } from '../src/core/session/sessionFile';
import { applyCheckedEdit } from '../src/core/session/validateEdit';
import { atomicWrite } from '../src/node/atomicWrite';
import { medianMs, type BenchContext, type BenchFigure } from './benchKit';

export function largeSession(details: number): Session {
  const s = newSession({ path: 'x.mp4', size: 1, quickHash: 'h', durationSec: 3600 }, 'bench');
  s.participants = [
    { id: 'pA', name: 'A', role: 'a', colour: '#E69F00', lens: [] },
    { id: 'pB', name: 'B', role: 'b', colour: '#56B4E9', lens: ['u2'] },
    { id: 'pC', name: 'C', role: 'c', colour: '#009E73', lens: ['u3'] },
  ];
  s.details = Array.from({ length: details }, (_, i): Detail => ({
    id: `d${i}`,
    start: i * 1.7,
    end: i % 3 ? null : i * 1.7 + 4,
    tags: [`u${(i % 9) + 1}`],
    authorId: i % 2 ? 'pB' : 'pC',
    see: 'De student kijkt weg en zegt zachtjes dat ze het eigenlijk niet weet.',
    meaning: 'Er zit twijfel onder; de begeleider vult nog niet in.',
    deepen: 'Doorvragen: wat gebeurde er precies op dat moment?',
    feedback: i % 2 ? 'goed' : 'beter',
    question: i % 4 ? null : { text: 'Wat maakte dat je twijfelde?', type: 'verdiepend' },
    segmentIds: [],
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
  }));
  return s;
}

export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const s = largeSession(2000);
  const file = join(ctx.tmpDir, 'groot.kleinkijken.json');
  const n = ctx.quick ? 10 : 30;
  const save = await medianMs(n, () => atomicWrite(file, serializeSession(s)));
  let cur = s;
  let k = 0;
  const edit = await medianMs(n * 5, () => {
    cur = applyCheckedEdit(cur, { op: 'update', coll: 'details', id: `d${k++ % 2000}`, patch: { see: `gewijzigd ${k}` } }).session;
  });
  // A hostile file: 200,000 segments must be refused quickly, with a message (not parsed to the end).
  const huge = JSON.parse(serializeSession(s)) as { transcript: unknown[] };
  huge.transcript = Array.from({ length: 200_000 }, (_, i) => ({ id: `g${i}`, start: i, end: i + 0.5, speakerId: null, text: 'ja' }));
  const hugeText = JSON.stringify(huge);
  const refuse = await medianMs(ctx.quick ? 2 : 5, () => {
    if (parseSessionText(hugeText).ok) throw new Error('200,000 segments were accepted');
  });
  return [
    { id: 'session.refuse200k', label: 'Refuse a session file with 200,000 transcript segments', value: +refuse.toFixed(0), unit: 'ms', budget: { max: 2000 }, detail: { bytes: hugeText.length } },
    { id: 'session.save2000', label: 'Save a session with 2,000 details (serialize + atomic write)', value: +save.toFixed(1), unit: 'ms', budget: { max: 50 }, detail: { bytes: serializeSession(s).length } },
    { id: 'session.edit2000', label: 'Apply + validate one edit at 2,000 details (host side)', value: +edit.toFixed(2), unit: 'ms', budget: { max: 16 } },
  ];
}
