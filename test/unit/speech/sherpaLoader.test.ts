import * as assert from 'node:assert/strict';
import { loadSherpa, platformName, sherpaUnavailable } from '../../../src/speech/sherpaLoader';

describe('sherpaLoader', () => {
  it('loads the real sherpa-onnx-node once and caches it', () => {
    const a = loadSherpa();
    assert.ok(a.ok, a.ok ? '' : a.problem.en);
    assert.equal(a.sherpa.version, '1.13.8');
    assert.equal(loadSherpa(), a);
  });

  it('a native module that does not load becomes a Dutch + English message naming this platform', () => {
    const r = loadSherpa('sherpa-onnx-node-for-a-platform-without-binaries');
    assert.ok(!r.ok);
    const p = platformName();
    assert.ok(r.problem.nl.includes(`niet beschikbaar op ${p.nl}`), r.problem.nl);
    assert.match(r.problem.nl, /Al het andere in Klein Kijken blijft werken/);
    assert.ok(r.problem.en.includes(`not available on ${p.en}`), r.problem.en);
    assert.match(r.problem.en, /Everything else in Klein Kijken keeps working/);
    assert.match(r.problem.en, /Cannot find module/);
  });

  it('a module that loads but is not the speech engine is refused too', () => {
    const r = loadSherpa('node:path');
    assert.ok(!r.ok);
    assert.match(r.problem.nl, /spraakmodule \(sherpa-onnx\) kon niet laden/);
  });

  it('names platforms the way people know them', () => {
    assert.deepEqual(platformName('win32', 'arm64'), { nl: 'Windows op ARM', en: 'Windows on ARM' });
    assert.deepEqual(platformName('darwin', 'x64'), { nl: 'macOS (Intel)', en: 'macOS (Intel)' });
    assert.deepEqual(platformName('linux', 'x64'), { nl: 'Linux (x64)', en: 'Linux (x64)' });
    assert.match(sherpaUnavailable('x', 'win32', 'arm64').nl, /Windows op ARM/);
  });
});
