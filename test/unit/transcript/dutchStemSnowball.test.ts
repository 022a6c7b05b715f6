import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dutchStem } from '../../../src/core/transcript/dutchStem';

/**
 * Pins dutchStem to Snowball's own output for the original Dutch algorithm (Snowball's
 * `dutch_porter`; since 2025 Snowball's default `dutch` is a different, Kraaij-Pohlmann-based
 * algorithm). On the whole published vocabulary of 45,670 words it agreed on every word; this is a
 * sample of that list covering each rule (see the fixture's header).
 */
describe('dutchStem against Snowball dutch_porter', () => {
  const lines = readFileSync(join(__dirname, '../../fixtures/transcripts/snowball-dutch-porter-sample.tsv'), 'utf8').split('\n');
  const pairs = lines.filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t') as [string, string]);

  it('has the sample it claims', () => {
    assert.equal(pairs.length, 477);
    assert.ok(pairs.every(([w, s]) => w && s !== undefined));
  });

  it('stems every sampled word as Snowball does', () => {
    const wrong = pairs.filter(([w, s]) => dutchStem(w) !== s).map(([w, s]) => `${w}: ${dutchStem(w)} (Snowball ${s})`);
    assert.deepEqual(wrong, []);
  });
});
