// The background copy makes way while a stream fills (issue 15): a real child process is stopped
// (SIGSTOP) while held and goes on (SIGCONT) when released, with both bounds applied. Read from
// /proc, so this runs on Linux only (where the product uses it; Windows has no SIGSTOP).
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { ProcessHolds } from '../../../src/media/processHolds';

/** The process's scheduler state: T while stopped, S or R while it runs. */
function state(pid: number): string {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]!;
}

async function until(what: string, ok: () => boolean): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (ok()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.fail(`never: ${what}`);
}

describe('ProcessHolds: a low-priority process makes way, within bounds', () => {
  let child: ChildProcess;
  beforeEach(() => {
    child = spawn('sleep', ['60'], { stdio: 'ignore' });
  });
  afterEach(() => {
    child.kill('SIGKILL');
  });

  it('stops the process while held and lets it go on when the last hold is released', async () => {
    const lines: string[] = [];
    const holds = new ProcessHolds({ maxHoldMs: 60_000, maxShare: 0.2, log: (l) => lines.push(l) });
    holds.attach(child.pid);
    const first = holds.hold();
    const second = holds.hold();
    await until('stopped', () => state(child.pid!) === 'T');
    first();
    first(); // a second call of the same release changes nothing
    assert.equal(state(child.pid!), 'T', 'still held by the other');
    second();
    await until('running again', () => state(child.pid!) !== 'T');
    assert.equal(holds.stopped, false);
    assert.deepEqual(lines.map((l) => l.split(' ')[0]), ['paused', 'goes']);
  });

  it('ends a hold by itself after maxHoldMs', async () => {
    const holds = new ProcessHolds({ maxHoldMs: 150, maxShare: 0.2 });
    holds.attach(child.pid);
    holds.hold(); // never released by the caller
    await until('stopped', () => state(child.pid!) === 'T');
    await until('running again without a release', () => state(child.pid!) !== 'T');
  });

  it('refuses a new hold once the process has spent its share of time stopped', () => {
    let now = 0;
    const holds = new ProcessHolds({ maxHoldMs: 1000, maxShare: 0.1, now: () => now });
    holds.attach(child.pid);
    const release = holds.hold();
    assert.equal(holds.stopped, true);
    now = 3000; // stopped 3 s of 3 s: beyond one hold (1 s) + 10 %
    release();
    assert.equal(holds.stopped, false);
    holds.hold();
    assert.equal(holds.stopped, false, 'over its share: the copy goes on');
    now = 40_000; // 3 s stopped of 40 s is within 1 s + 4 s
    holds.hold();
    assert.equal(holds.stopped, true);
  });

  it('does nothing without a process, and a process that has ended is left alone', () => {
    const holds = new ProcessHolds({ maxHoldMs: 1000, maxShare: 0.2 });
    const release = holds.hold();
    assert.equal(holds.stopped, false);
    release();
    holds.attach(child.pid);
    holds.detach();
    holds.hold();
    assert.equal(holds.stopped, false);
  });
});
