import assert from 'node:assert/strict';
import {
  back,
  next,
  pause,
  resume,
  rolesOf,
  ROUND_STEPS,
  rotate,
  roundSteps,
  skip,
  startRound,
  tick,
} from '../../../src/core/review/guidedRounds';

const T0 = 1_700_000_000_000;
const s = (sec: number) => T0 + sec * 1000;

describe('guided rounds', () => {
  it('has the seven steps of the method, about 20 minutes together, in both languages', () => {
    assert.deepEqual(ROUND_STEPS.map((x) => x.id), ['context', 'eersteKeerKijken', 'reactieLeervraag', 'tweedeKeerKijken', 'feedback', 'goedeVragen', 'feedforward']);
    const total = ROUND_STEPS.reduce((a, x) => a + x.durationSec, 0);
    assert.ok(total >= 18 * 60 && total <= 22 * 60, `total ${total}`);
    assert.equal(ROUND_STEPS[0]!.durationSec, 120, 'context: at most two minutes');
    for (const x of ROUND_STEPS) assert.ok(x.title.nl && x.title.en && x.instruction.nl && x.instruction.en);
  });

  it('fits the viewing durations to the media length, capped', () => {
    const short = roundSteps(200);
    assert.equal(short.find((x) => x.id === 'eersteKeerKijken')!.durationSec, 230);
    assert.equal(short.find((x) => x.id === 'tweedeKeerKijken')!.durationSec, 400);
    const long = roundSteps(3600);
    assert.equal(long.find((x) => x.id === 'eersteKeerKijken')!.durationSec, 600);
    assert.equal(long.find((x) => x.id === 'tweedeKeerKijken')!.durationSec, 900);
    assert.deepEqual(roundSteps(null), ROUND_STEPS.map((x) => ({ ...x })));
    assert.equal(roundSteps(200).find((x) => x.id === 'context')!.durationSec, 120);
  });

  it('ticks with injected time: remaining, then overtime', () => {
    const st = startRound({ members: ['pa', 'pb', 'pc'] }, T0);
    let t = tick(st, s(30));
    assert.equal(t.step!.id, 'context');
    assert.equal(t.remainingSec, 90);
    assert.equal(t.overtime, false);
    t = tick(st, s(150));
    assert.equal(t.remainingSec, 0);
    assert.equal(t.overtime, true);
    assert.equal(t.overtimeSec, 30);
  });

  it('next, skip and back move through the steps and keep a history', () => {
    let st = startRound({ members: ['pa', 'pb', 'pc'] }, T0);
    st = next(st, s(100));
    assert.equal(tick(st, s(100)).step!.id, 'eersteKeerKijken');
    assert.equal(tick(st, s(160)).elapsedSec, 60, 'the clock restarts per step');
    st = skip(st, s(110));
    assert.equal(tick(st, s(110)).step!.id, 'reactieLeervraag');
    st = back(st, s(120));
    assert.equal(tick(st, s(120)).step!.id, 'eersteKeerKijken');
    assert.deepEqual(st.history, [
      { id: 'context', status: 'done', spentSec: 100 },
      { id: 'eersteKeerKijken', status: 'skipped', spentSec: 10 },
    ]);
    for (let i = 0; i < 6; i++) st = next(st, s(200 + i));
    assert.equal(st.finished, true);
    assert.equal(tick(st, s(300)).step, null);
    assert.equal(next(st, s(400)), st, 'next after the end changes nothing');
    st = back(st, s(500));
    assert.equal(st.finished, false);
    assert.equal(tick(st, s(500)).step!.id, 'feedforward');
  });

  it('pause stops the clock, resume continues it', () => {
    let st = startRound({ members: ['pa', 'pb', 'pc'] }, T0);
    st = pause(st, s(20));
    assert.equal(tick(st, s(500)).elapsedSec, 20);
    assert.equal(tick(st, s(500)).paused, true);
    st = resume(st, s(500));
    assert.equal(tick(st, s(510)).elapsedSec, 30);
  });

  it('rotate: the next member becomes a (a→b→c→a) and a new round starts', () => {
    let st = startRound({ members: ['fatma', 'ruud', 'ilse'] }, T0);
    assert.deepEqual({ ...rolesOf(st) }, { fatma: 'a', ruud: 'b', ilse: 'c' });
    st = next(st, s(60));
    const r1 = rotate(st, s(100));
    assert.deepEqual({ ...r1.roles }, { fatma: 'c', ruud: 'a', ilse: 'b' });
    assert.equal(r1.state.round, 2);
    assert.equal(r1.state.index, 0);
    assert.deepEqual(r1.state.history, []);
    const r2 = rotate(r1.state, s(200));
    assert.deepEqual({ ...r2.roles }, { fatma: 'b', ruud: 'c', ilse: 'a' });
    const r3 = rotate(r2.state, s(300));
    assert.deepEqual({ ...r3.roles }, { fatma: 'a', ruud: 'b', ilse: 'c' });
    const four = rotate(startRound({ members: ['w', 'x', 'y', 'z'] }, T0), T0);
    assert.deepEqual({ ...four.roles }, { w: 'other', x: 'a', y: 'b', z: 'c' });
  });
});
