import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { buildQuestionBank } from '../src/core/questions/questionBank';
import type { Detail, Question, Segment, Session } from '../src/core/session/model';
import { newSession } from '../src/core/session/newSession';
import { findSessionFiles, readSessionFiles } from '../src/node/sessionFiles';
import { median, type BenchContext, type BenchFigure } from './benchKit';

/**
 * questionBank.scan300: a cold scan of 300 session files (each ~20 questions, ~30 details, a
 * 200-segment transcript): find them, read and parse every file from disk, build the bank.
 * "Cold" here means nothing is cached in our process between runs; the OS page cache stays warm.
 */
const OPENINGS = ['Wat gebeurde er precies', 'Waar speelt dit nog meer', 'Hoe voelde dat', 'Wat deed je toen', 'Wanneer had je dat eerder', 'Wat betekent dat voor jou', 'Wie was er nog meer bij', 'Wat wil je hierna doen'];
const TAILS = ['op je stage', 'in de klas', 'thuis', 'bij je bijbaan', 'met je mentor', 'tijdens het project', 'op de open dag', 'in je vorige opleiding'];

function session(i: number): Session {
  const s = newSession({ path: `gesprek-${i}.mp4`, size: 1, quickHash: 'x', durationSec: 1200 }, `Gesprek ${i}`);
  const t = '2024-03-12T14:00:00.000Z';
  s.participants = ['a', 'b', 'c'].map((role, k) => ({ id: `p${k}`, name: `Deelnemer ${i}-${k}`, role: role as 'a', colour: '#000000', lens: ['u2', 'u3'] }));
  s.speakers = [
    { id: 'spb', name: `Begeleider ${i}`, role: 'begeleider', colour: '#000000' },
    { id: 'sps', name: `Student ${i}`, role: 'student', colour: '#000000' },
  ];
  s.transcript = Array.from({ length: 200 }, (_, k): Segment => ({ id: `g${k}`, start: k * 6, end: k * 6 + 5.5, speakerId: k % 2 ? 'sps' : 'spb', text: `${OPENINGS[k % 8]} ${TAILS[(k + i) % 8]}? Nou, ik weet het niet precies, het was best lastig en ik baalde ervan.` }));
  s.details = Array.from({ length: 30 }, (_, k): Detail => ({
    id: `d${k}`, start: k * 40, end: k % 3 ? null : k * 40 + 8, tags: [`u${(k % 9) + 1}`], authorId: `p${k % 3}`,
    see: 'De student kijkt weg en zucht voor ze antwoordt.', meaning: 'Een signaal om door te vragen.', deepen: 'Hier kan verdiept worden.',
    feedback: k % 3 === 0 ? 'goed' : k % 3 === 1 ? 'best' : 'beter',
    question: k % 2 ? { text: `${OPENINGS[(k + i) % 8]} ${TAILS[k % 8]}?`, type: 'verdiepend' } : null,
    segmentIds: [`g${k * 6}`], createdAt: t, updatedAt: t,
  }));
  s.questions = Array.from({ length: 20 }, (_, k): Question => ({
    id: `q${k}`, text: `${k % 2 ? 'En ' : ''}${OPENINGS[(k + i) % 8]} ${TAILS[(k * 3 + i) % 8]}?`, type: k % 3 ? 'verdiepend' : 'verbredend', proposedBy: `p${k % 3}`,
    time: k * 55, speakerId: 'spb', source: 'transcript', detailId: null, tags: [`u${(k % 9) + 1}`], note: 'De student ging hierop concreet vertellen.', createdAt: t,
  }));
  return s;
}

export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const root = path.join(ctx.tmpDir, 'questions');
  for (let i = 0; i < 300; i++) {
    const dir = path.join(root, `trio${i % 12}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `gesprek-${i}.kleinkijken.json`), JSON.stringify(session(i)));
  }
  let entries = 0;
  const scan = async () => {
    const found = await findSessionFiles([root], root);
    const read = await readSessionFiles(found.files, { concurrency: 16 });
    if (read.sessions.length !== 300) throw new Error(`read ${read.sessions.length} of 300 sessions`);
    entries = buildQuestionBank(read.sessions).length;
  };
  const times: number[] = [];
  const n = ctx.quick ? 3 : 7;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await scan();
    times.push(performance.now() - t0);
  }
  ctx.log(`questionBank.scan300: ${times.map((x) => x.toFixed(0)).join(', ')} ms; ${entries} bank entries`);
  return [
    {
      id: 'questionBank.scan300',
      label: 'Question bank: scan, read and merge 300 session files (cold, median)',
      value: Math.round(median(times) * 10) / 10,
      unit: 'ms',
      budget: { max: 1000 },
      detail: { files: 300, entries, runs: n },
    },
  ];
}
