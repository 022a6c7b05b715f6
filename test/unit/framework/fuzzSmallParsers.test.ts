import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validateEmotionWordList } from '../../../src/core/analysis/emotionWords';
import { parseCustomFramework } from '../../../src/core/framework/customFramework';
import { deserializePeaks } from '../../../src/core/media/peaksData';
import { validateViewMessage } from '../../../src/protocol/viewMessageSchema';

// The smaller parsers that read files or messages from outside: no throw escapes. Their speed
// (time linear in the input) is a figure in `npm run bench -- --only=parsers`, not a clock here.
function fuzz<T>(name: string, arb: fc.Arbitrary<T>, fn: (x: T) => unknown): void {
  it(`${name}: 10,000 random inputs, no throw`, () => {
    fc.assert(
      fc.property(arb, (x) => {
        fn(x);
      }),
      { numRuns: 10000 },
    );
  });
}

describe('fuzzing the small parsers', function () {
  this.timeout(120000);
  const framework = JSON.stringify({ id: 'x', name: 'X', groups: [{ id: 'g', label: 'G' }], tags: [{ id: 'a', label: 'A', group: 'g', key: '1', colour: '#112233' }] });
  const mutate = (base: string) =>
    fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 6 })).map(([at, del, ins]) => {
      const i = at % (base.length + 1);
      return base.slice(0, i) + ins + base.slice(i + (del % 4));
    });
  fuzz('custom tag set', fc.oneof(mutate(framework), fc.string(), fc.json()), (t) => parseCustomFramework(t));
  fuzz('emotion word list', fc.oneof(fc.jsonValue(), fc.record({ words: fc.array(fc.record({ lemma: fc.string(), forms: fc.array(fc.string()), group: fc.string() })) })), (v) => validateEmotionWordList(v));
  fuzz('peaks cache file', fc.uint8Array({ maxLength: 400 }), (b) => deserializePeaks(b));
  fuzz('webview messages', fc.oneof(fc.jsonValue(), fc.record({ type: fc.constantFrom('ready', 'session/apply', 'request', 'focus/typing', 'media/failed'), edit: fc.jsonValue(), request: fc.jsonValue(), id: fc.integer() })), (m) => {
    const r = validateViewMessage(m);
    if (!r.ok) assert.ok(r.reason.length > 0);
  });
});
