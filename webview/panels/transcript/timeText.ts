import { formatClock, parseClock } from '../../../src/core/text/time';

/** Times as teachers read and type them: one rule for the whole product (src/core/text/time.ts). */
export const clockTime = (sec: number): string => formatClock(sec);
/** m:ss.t, for editing start and end. */
export const preciseTime = (sec: number): string => formatClock(sec, true);
/** Reads "1:05.3", "65,3" (Dutch decimal comma), "1:02:03"; null when it is not a time. */
export const parseTime = parseClock;
