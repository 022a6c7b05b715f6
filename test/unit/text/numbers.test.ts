import assert from 'node:assert/strict';
import { formatDecimal, NO_NUMBER } from '../../../src/core/text/numbers';

describe('numbers with decimals, the Dutch comma and the English point (one function)', () => {
  it('writes a comma in Dutch and a point in English', () => {
    assert.equal(formatDecimal(12.5, 1, 'nl'), '12,5');
    assert.equal(formatDecimal(12.5, 1, 'en'), '12.5');
    assert.equal(formatDecimal(0.72, 2, 'nl'), '0,72');
    assert.equal(formatDecimal(3, 2, 'en'), '3.00');
  });

  it('rounds half away from zero on the number as written, also where toFixed rounds down', () => {
    assert.equal(formatDecimal(1.45, 1, 'nl'), '1,5');
    assert.equal(formatDecimal(1.005, 2, 'en'), '1.01');
    assert.equal(formatDecimal(0.25, 1, 'nl'), '0,3');
    assert.equal(formatDecimal(1.44, 1, 'nl'), '1,4');
    assert.equal(formatDecimal(9.96, 1, 'nl'), '10,0');
    assert.equal(formatDecimal(0.004, 2, 'en'), '0.00');
  });

  it('keeps the minus sign on negative numbers, but not on a value that rounds to zero', () => {
    assert.equal(formatDecimal(-1.45, 1, 'nl'), '-1,5');
    assert.equal(formatDecimal(-0.25, 2, 'en'), '-0.25');
    assert.equal(formatDecimal(-0.04, 1, 'nl'), '0,0');
    assert.equal(formatDecimal(-0.04, 1, 'nl', { dropZeroFraction: true }), '0');
    assert.equal(formatDecimal(-0, 0, 'en'), '0');
  });

  it('with 0 digits gives a whole number and no separator', () => {
    assert.equal(formatDecimal(670.4, 0, 'nl'), '670');
    assert.equal(formatDecimal(2.5, 0, 'nl'), '3');
    assert.equal(formatDecimal(-2.5, 0, 'en'), '-3');
    assert.equal(formatDecimal(512, 0, 'nl'), '512');
  });

  it('drops a fraction of only zeros when asked, and keeps other trailing zeros', () => {
    assert.equal(formatDecimal(2, 1, 'nl', { dropZeroFraction: true }), '2');
    assert.equal(formatDecimal(1.96, 1, 'nl', { dropZeroFraction: true }), '2');
    assert.equal(formatDecimal(0.5, 2, 'nl', { dropZeroFraction: true }), '0,50');
    assert.equal(formatDecimal(0.5, 1, 'en', { dropZeroFraction: true }), '0.5');
  });

  it('shows a dash for what is not a number, never "NaN" or "Infinity"', () => {
    assert.equal(formatDecimal(Number.NaN, 1, 'nl'), NO_NUMBER);
    assert.equal(formatDecimal(Number.POSITIVE_INFINITY, 0, 'en'), NO_NUMBER);
    assert.equal(formatDecimal(Number.NEGATIVE_INFINITY, 2, 'nl'), NO_NUMBER);
  });

  it('handles numbers written with an exponent', () => {
    assert.equal(formatDecimal(1e-7, 2, 'nl'), '0,00');
    assert.equal(formatDecimal(1.5e-6, 6, 'en'), '0.000002');
  });
});
