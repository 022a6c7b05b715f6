import * as assert from 'node:assert/strict';
import { ViewEvents } from '../../../webview/viewEvents';

describe('webview view events', () => {
  it('delivers each event to its listeners only, with its payload', () => {
    const ev = new ViewEvents();
    const got: string[] = [];
    ev.on('selectDetail', (id) => got.push(`detail ${id}`));
    ev.on('tagHere', (time) => got.push(`tag ${time}`));
    ev.emit('tagHere', 12.5);
    ev.emit('selectDetail', 'd2');
    assert.deepEqual(got, ['tag 12.5', 'detail d2']);
  });

  it('stops delivering after unsubscribe, also when a listener leaves while being called', () => {
    const ev = new ViewEvents();
    const got: string[] = [];
    const offA = ev.on('whoIsWho', () => {
      got.push('a');
      offA();
    });
    ev.on('whoIsWho', (ids) => got.push(`b ${ids.join(',')}`));
    ev.emit('whoIsWho', ['sp1']);
    ev.emit('whoIsWho', ['sp2']);
    assert.deepEqual(got, ['a', 'b sp1', 'b sp2']);
  });

  it('types the payloads (npm run typecheck checks this file)', () => {
    const ev = new ViewEvents();
    // @ts-expect-error -- a detail id is a string, not a number
    ev.emit('selectDetail', 3);
    // @ts-expect-error -- there is no such event
    ev.emit('kk-tag-here', 3);
    // @ts-expect-error -- type-along has three actions only
    ev.emit('typeAlong', 'rewind');
  });
});
