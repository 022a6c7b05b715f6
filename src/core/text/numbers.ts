import type { Lang } from './lang';

/**
 * The one place for a number with decimals as people read it: the Dutch decimal comma ("1,5"),
 * the English point ("1.5"). No thousands separators (the product's numbers stay small).
 */

export interface DecimalOptions {
  /** Leave out a fraction that is only zeros: "2" instead of "2,0" (a "1,50" stays "1,50"). */
  readonly dropZeroFraction?: boolean;
}

/** What is shown for a number that is not one (NaN, Infinity): a dash, never "NaN". */
export const NO_NUMBER = '–';

/**
 * `value` with `digits` decimals (0 to 20), rounded half away from zero on the decimal value as
 * written (1.45 → "1,5" and -1.45 → "-1,5", where `toFixed` gives "1.4" for the binary 1.4499…).
 * A value that rounds to zero has no minus sign.
 */
export function formatDecimal(value: number, digits: number, lang: Lang, options: DecimalOptions = {}): string {
  if (!Number.isFinite(value)) return NO_NUMBER;
  const d = Math.max(0, Math.min(20, Math.trunc(digits)));
  const units = roundedUnits(Math.abs(value), d);
  let text = units.toFixed(0);
  if (d > 0) {
    text = text.padStart(d + 1, '0');
    const whole = text.slice(0, -d);
    const fraction = text.slice(-d);
    text = options.dropZeroFraction && /^0+$/.test(fraction) ? whole : `${whole}${lang === 'nl' ? ',' : '.'}${fraction}`;
  }
  return value < 0 && units > 0 ? `-${text}` : text;
}

/** |value| in units of 10^-digits, rounded half up. */
function roundedUnits(abs: number, digits: number): number {
  // Shift the decimal text rather than multiply: 1.005 is shown as "1.005", and "1.005e2" is 100.5,
  // where 1.005 * 100 is 100.49999999999999. Very large or small values are written with an
  // exponent already; they are multiplied.
  const written = String(abs);
  const shifted = written.includes('e') ? abs * 10 ** digits : Number(`${written}e${digits}`);
  return Math.round(shifted);
}
