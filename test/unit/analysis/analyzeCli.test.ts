import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CliIo } from '../../../src/cli/cliCommand';
import { runCli } from '../../../src/cli/main';

function io(env: NodeJS.ProcessEnv = {}): CliIo & { outText: string[]; errText: string[] } {
  const outText: string[] = [];
  const errText: string[] = [];
  return { out: (t) => outText.push(t), err: (t) => errText.push(t), cwd: process.cwd(), env, outText, errText };
}

const FIXTURE = resolve(__dirname, '../../fixtures/analysis/session-small.json');

describe('klein-kijken analyze', () => {
  let dir = '';
  before(() => (dir = mkdtempSync(join(tmpdir(), 'kk-analyze-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints JSON with questions, talk, pauses and emotion words', async () => {
    const c = io();
    assert.equal(await runCli(['analyze', FIXTURE], c), 0);
    const r = JSON.parse(c.outText.join(''));
    assert.equal(r.questions[1].class, 'waarom');
    assert.equal(typeof r.questions[1].time, 'number');
    assert.equal(r.talk.speakers.length, 2);
    assert.equal(r.pauses.length, 2);
    assert.ok(r.emotionWords.some((h: { word: string; time: number }) => h.word === 'baalde' && h.time > 7));
  });
  it('--pause changes the minimum, --format md gives Markdown in the user’s language', async () => {
    const c = io({ LANG: 'nl_NL.UTF-8' });
    assert.equal(await runCli(['analyze', FIXTURE, '--format', 'md', '--pause', '3,5'], c), 0);
    const md = c.outText.join('');
    assert.match(md, /^# Gespreksspiegel/);
    assert.match(md, /geen stiltes van 3,5 seconden/);
  });
  it('a broken JSON file: exit 2 with line and column', async () => {
    const f = join(dir, 'kapot.json');
    writeFileSync(f, '{\n  "transcript": [\n    { "id": "a", }\n  ]\n}\n');
    const c = io();
    assert.equal(await runCli(['analyze', f], c), 2);
    assert.match(c.errText.join(''), /line 3, column 18/);
  });
  it('a session without a transcript list, a bad flag, a missing file: exit 2', async () => {
    const f = join(dir, 'leeg.json');
    writeFileSync(f, '{"speakers": []}');
    const a = io({ LANG: 'nl_NL' });
    assert.equal(await runCli(['analyze', f], a), 2);
    assert.match(a.errText.join(''), /geen lijst "transcript"/);
    assert.equal(await runCli(['analyze', FIXTURE, '--format', 'docx'], io()), 2);
    assert.equal(await runCli(['analyze', FIXTURE, '--pause', '-1'], io()), 2);
    assert.equal(await runCli(['analyze', join(dir, 'nope.json')], io()), 2);
  });
});
