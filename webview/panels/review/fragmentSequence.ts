import type { Fragment } from '../../../src/core/session/model';
import type { ViewContext } from '../../viewContext';

/**
 * Who wants the player to play only the fragments: the user's toggle, or a guided round during
 * its viewing steps. Either is enough; the clock's sequence follows the fragments as they change.
 */
export interface FragmentSequence {
  user: boolean;
  round: boolean;
  /** Sets ctx.clock.sequence from the current fragments; `seekFirst` jumps to the first one. */
  apply(seekFirst: boolean): void;
}

export function sortedRanges(fragments: readonly Fragment[]): { start: number; end: number }[] {
  return fragments
    .filter((f) => f.end > f.start)
    .map((f) => ({ start: f.start, end: f.end }))
    .sort((x, y) => x.start - y.start || x.end - y.end);
}

export function createFragmentSequence(ctx: ViewContext): FragmentSequence {
  const seq: FragmentSequence = {
    user: false,
    round: false,
    apply(seekFirst) {
      const ranges = sortedRanges(ctx.store.session?.fragments ?? []);
      const on = (seq.user || seq.round) && ranges.length > 0;
      ctx.clock.sequence = on ? ranges : null;
      if (on && seekFirst) ctx.clock.seek(ranges[0]!.start);
    },
  };
  return seq;
}
