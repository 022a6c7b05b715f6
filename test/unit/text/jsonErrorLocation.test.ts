import assert from 'node:assert/strict';
import { locateJsonError } from '../../../src/core/text/jsonErrorLocation';

// Why our own checker and not jsonc-parser (see the file's comment): these are the cases where
// that library fell short.
describe('JSON error location', () => {
  it('survives 100,000 nested brackets (a recursive parser overflows the stack)', () => {
    const r = locateJsonError('['.repeat(100_000));
    assert.deepEqual(r && [r.line, r.column, r.expected], [1, 100_001, 'more input']);
  });

  it('places an unclosed string at the line break where it went wrong', () => {
    const r = locateJsonError('{"a": "abc\n}');
    assert.deepEqual(r && [r.line, r.column], [1, 11]);
  });

  it('names a trailing comma and a comment, which session files may not have', () => {
    const c = locateJsonError('{ // x\n "a": 1 }');
    assert.deepEqual(c && [c.line, c.column], [1, 3]);
    const t = locateJsonError('{\n "a": [1,2,],\n "b": 1}');
    assert.deepEqual(t && [t.line, t.column, t.expected], [2, 12, 'a value']);
  });

  it('finds nothing wrong in valid JSON', () => {
    assert.equal(locateJsonError('{"a": [1, 2, {"b": null}], "c": "\\u00e9"}'), null);
  });
});
