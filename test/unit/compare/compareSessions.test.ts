import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/cliCommand';
import { compareSessions } from '../../../src/core/compare/compareSessions';
import { detail, trio, withDetails } from './trioSession';

/** Ruud (b) reviewed in one copy, Ilse (c) in another; both copies hold a's own detail. */
function twoCopies() {
  const shared = detail('pa', 2, ['u1'], { id: 'dShared' });
  const mineCopy = withDetails(trio(), [shared, detail('pb', 10, ['u6']), detail('pb', 100, ['u3'])]);
  const theirCopy = withDetails(trio(), [shared, detail('pc', 12, ['u6']), detail('pc', 160, ['u6'])]);
  return { mineCopy, theirCopy };
}

describe('compareSessions', () => {
  it('finds each file’s own observer and compares them', () => {
    const { mineCopy, theirCopy } = twoCopies();
    const r = compareSessions(mineCopy, theirCopy);
    if (!r.ok) assert.fail(r.error.en);
    assert.deepEqual(r.value.observers, ['pb', 'pc']);
    assert.deepEqual(r.value.names, ['Ruud', 'Ilse']);
    assert.equal(r.value.perTag.u6!.matched, 1);
    assert.equal(r.value.perTag.u6!.onlyC, 1);
    assert.equal(r.value.perTag.u3!.onlyB, 1);
    assert.equal(r.value.perTag.u1, undefined, "a's shared detail is nobody's observation here");
    // Ids in the result are the files' own ids.
    assert.ok(r.value.pairs.every((p) => mineCopy.details.some((d) => d.id === p.b) && theirCopy.details.some((d) => d.id === p.c)));
  });

  it('compares one person’s two viewings, matched by name, and tells them apart', () => {
    const s1 = withDetails(trio(), [detail('pb', 10, ['u6'])]);
    const s2 = withDetails(trio(), [detail('pb', 11, ['u6'])]);
    s2.participants = s2.participants.map((p) => (p.id === 'pb' ? { ...p, id: 'pOther' } : p));
    s2.details = s2.details.map((d) => ({ ...d, authorId: 'pOther' }));
    const r = compareSessions(s1, s2, { observers: ['Ruud', 'ruud'] });
    if (!r.ok) assert.fail(r.error.en);
    assert.deepEqual(r.value.observers, ['pb', 'pOther']);
    assert.deepEqual(r.value.names, ['Ruud (1)', 'Ruud (2)']);
    assert.equal(r.value.overall.matched, 1);
  });

  it('asks for a choice when a file has several observers of its own', () => {
    const s1 = withDetails(trio(), [detail('pb', 10, ['u6']), detail('pc', 20, ['u6'])]);
    const s2 = withDetails(trio(), [detail('pc', 30, ['u6'])]);
    const r = compareSessions(s1, s2);
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error.en, /--observers/);
  });
});

function io(): CliIo & { outText: () => string; errText: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    cwd: process.cwd(),
    env: { LANG: 'nl_NL.UTF-8' },
    outText: () => out.join('\n'),
    errText: () => err.join('\n'),
  };
}

describe('klein-kijken compare', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kk-compare-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the documented JSON for one session (b and c)', async () => {
    const s = withDetails(trio(), [detail('pb', 10, ['u6']), detail('pc', 11, ['u6']), detail('pb', 80, ['u6'])]);
    const f = join(dir, 'een.kleinkijken.json');
    writeFileSync(f, JSON.stringify(s, null, 2));
    const c = io();
    const code = await runCli(['compare', f], c);
    assert.equal(code, 0, c.errText());
    const j = JSON.parse(c.outText());
    assert.deepEqual(j.observers, ['pb', 'pc']);
    assert.equal(j.tolerance, 3);
    assert.equal(j.perTag.u6.label, '"Leeg luisteren"');
    assert.equal(j.perTag.u6.matched, 1);
    assert.equal(j.perTag.u6.onlyB, 1);
    assert.equal(typeof j.perTag.u6.kappa, 'number');
    assert.equal(j.overall.matched, 1);
    assert.ok(j.sentences.some((x: { text: string }) => x.text.startsWith('Bij “Leeg luisteren” markeerden Ruud en Ilse één moment samen')));
  });

  it('compares two files, with --lang en and a tolerance', async () => {
    const { mineCopy, theirCopy } = twoCopies();
    const f1 = join(dir, 'ruud.kleinkijken.json');
    const f2 = join(dir, 'ilse.kleinkijken.json');
    writeFileSync(f1, JSON.stringify(mineCopy));
    writeFileSync(f2, JSON.stringify(theirCopy));
    const c = io();
    assert.equal(await runCli(['compare', f1, f2, '--lang', 'en', '--tolerance', '1'], c), 0, c.errText());
    const j = JSON.parse(c.outText());
    assert.equal(j.tolerance, 1);
    assert.equal(j.perTag.u6.matched, 0, '2 s apart is outside ±1 s');
    assert.equal(j.perTag.u6.label, 'Listen without filling in');
    assert.match(j.sentences[0].text, /^Ruud and Ilse marked/);
  });

  it('reads a tolerance typed with the Dutch decimal comma', async () => {
    const { mineCopy, theirCopy } = twoCopies();
    const f1 = join(dir, 'ruud-komma.kleinkijken.json');
    const f2 = join(dir, 'ilse-komma.kleinkijken.json');
    writeFileSync(f1, JSON.stringify(mineCopy));
    writeFileSync(f2, JSON.stringify(theirCopy));
    const c = io();
    assert.equal(await runCli(['compare', f1, f2, '--tolerance', '2,5'], c), 0, c.errText());
    const j = JSON.parse(c.outText());
    assert.equal(j.tolerance, 2.5);
    assert.equal(j.perTag.u6.matched, 1, '2 s apart is inside ±2,5 s');
  });

  it('names line and column of a JSON error, exit 2, one line', async () => {
    const f = join(dir, 'kapot.kleinkijken.json');
    writeFileSync(f, '{\n  "format": "klein-kijken/session",\n  "title": "x",,\n}\n');
    const c = io();
    assert.equal(await runCli(['compare', f], c), 2);
    assert.match(c.errText(), /kapot\.kleinkijken\.json:3:\d+: /);
    assert.equal(c.errText().split('\n').length, 1);
  });

  it('refuses bad arguments with exit 2', async () => {
    const c1 = io();
    assert.equal(await runCli(['compare'], c1), 2);
    assert.match(c1.errText(), /gebruik: klein-kijken compare/);
    const c2 = io();
    assert.equal(await runCli(['compare', join(dir, 'bestaat-niet.json')], c2), 2);
    assert.match(c2.errText(), /ENOENT/);
    const c3 = io();
    assert.equal(await runCli(['compare', 'x.json', '--tolerance', 'veel'], c3), 2);
    assert.match(c3.errText(), /--tolerance/);
  });
});
