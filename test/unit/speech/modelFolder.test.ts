import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { catalogBytes, MODEL_CATALOG, type CatalogModel } from '../../../src/speech/modelCatalog';
import { inspectModelFolder, sha256File } from '../../../src/speech/modelFolder';
import { sharedStandinModels, type StandinModels } from '../../speechStandins';

describe('model folders and the model catalogue', function () {
  this.timeout(60_000);
  let models: StandinModels;
  let dir: string;
  before(() => {
    models = sharedStandinModels();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-model-folders-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A folder holding copies of stand-in files under the given names. */
  function folder(name: string, files: Record<string, string>): string {
    const d = path.join(dir, name);
    fs.mkdirSync(d, { recursive: true });
    for (const [to, from] of Object.entries(files)) fs.copyFileSync(from, path.join(d, to));
    return d;
  }

  it('recognises a Parakeet-shaped transducer, a NeMo CTC model and a speaker folder', async () => {
    const t = await inspectModelFolder(models.transducer);
    assert.ok(t.ok && t.kind === 'recognizer' && t.config.kind === 'transducer');
    assert.equal(t.config.nemo, true, 'tokens.txt with <blk> last is NeMo');
    assert.equal(path.basename(t.config.joiner), 'joiner.onnx');
    const c = await inspectModelFolder(models.ctc, { expect: 'recognizer' });
    assert.ok(c.ok && c.kind === 'recognizer' && c.config.kind === 'nemoCtc');
    const s = await inspectModelFolder(models.speakers, { expect: 'speakers' });
    assert.ok(s.ok && s.kind === 'speakers');
    assert.deepEqual([path.basename(s.config.segmentation), path.basename(s.config.embedding)], ['seg.onnx', 'emb.onnx']);
  });

  it('recognises a Whisper export by its names and prefers the int8 files', async () => {
    const onnx = path.join(models.ctc, 'model.onnx');
    const tokens = path.join(models.ctc, 'tokens.txt');
    const w = folder('whisper', { 'small-encoder.onnx': onnx, 'small-encoder.int8.onnx': onnx, 'small-decoder.int8.onnx': onnx, 'small-tokens.txt': tokens });
    const r = await inspectModelFolder(w);
    assert.ok(r.ok && r.kind === 'recognizer' && r.config.kind === 'whisper');
    assert.equal(path.basename(r.config.encoder), 'small-encoder.int8.onnx');
  });

  it('looks inside the one folder an unpacked archive makes', async () => {
    const outer = path.join(dir, 'uitgepakt');
    fs.mkdirSync(outer);
    fs.cpSync(models.transducer, path.join(outer, 'sherpa-onnx-nemo-parakeet-tdt-0.6b-v3-int8'), { recursive: true });
    const r = await inspectModelFolder(outer);
    assert.ok(r.ok && r.kind === 'recognizer');
    assert.equal(path.basename(r.dir), 'sherpa-onnx-nemo-parakeet-tdt-0.6b-v3-int8');
  });

  it('names what is missing, in Dutch and English', async () => {
    const noJoiner = folder('zonder-joiner', { 'encoder.onnx': path.join(models.transducer, 'encoder.onnx'), 'decoder.onnx': path.join(models.transducer, 'decoder.onnx'), 'tokens.txt': path.join(models.transducer, 'tokens.txt') });
    const a = await inspectModelFolder(noJoiner);
    assert.ok(!a.ok);
    assert.match(a.problem.nl, /ontbreekt joiner\.onnx/);
    assert.match(a.problem.en, /lacks joiner\.onnx/);
    const noTokens = folder('zonder-tokens', { 'model.onnx': path.join(models.ctc, 'model.onnx') });
    const b = await inspectModelFolder(noTokens);
    assert.ok(!b.ok);
    assert.match(b.problem.nl, /ontbreekt tokens\.txt/);
    const halfSpeakers = folder('alleen-segmentatie', { 'seg.onnx': path.join(models.speakers, 'seg.onnx') });
    const c = await inspectModelFolder(halfSpeakers);
    assert.ok(!c.ok);
    assert.match(c.problem.nl, /ontbreekt een sprekermodel/);
    const empty = folder('leeg', {});
    const d = await inspectModelFolder(empty);
    assert.ok(!d.ok);
    assert.match(d.problem.nl, /staat geen spraakmodel/);
    const none = await inspectModelFolder(path.join(dir, 'bestaat-niet'));
    assert.ok(!none.ok);
    assert.match(none.problem.nl, /bestaat niet/);
    const file = await inspectModelFolder(path.join(models.ctc, 'model.onnx'));
    assert.ok(!file.ok);
    assert.match(file.problem.nl, /Kies een map, geen bestand/);
  });

  it('refuses a damaged model file and a folder of the wrong kind', async () => {
    const broken = folder('kapot', { 'tokens.txt': path.join(models.ctc, 'tokens.txt') });
    fs.writeFileSync(path.join(broken, 'model.onnx'), '<html>Not found</html>');
    const r = await inspectModelFolder(broken);
    assert.ok(!r.ok);
    assert.match(r.problem.nl, /model\.onnx in .* is beschadigd of geen ONNX-model/);
    const wrong = await inspectModelFolder(models.speakers, { expect: 'recognizer' });
    assert.ok(!wrong.ok);
    assert.match(wrong.problem.nl, /bevat sprekermodellen .*, geen spraakherkenningsmodel/);
  });

  describe('with catalogued files', () => {
    let good: CatalogModel;
    before(async () => {
      const files = ['model.onnx', 'tokens.txt'];
      good = {
        id: 'test-ctc',
        label: { nl: 'Testmodel', en: 'Test model' },
        kind: 'recognizer',
        engine: 'nemoCtc',
        licence: 'MIT',
        homepage: 'https://example.invalid',
        approxMB: 0,
        note: { nl: '', en: '' },
        files: await Promise.all(files.map(async (name) => ({ name, url: `https://example.invalid/${name}`, bytes: fs.statSync(path.join(models.ctc, name)).size, sha256: await sha256File(path.join(models.ctc, name)) }))),
      };
    });

    it('checks sizes and SHA-256 and says which model it is', async () => {
      const r = await inspectModelFolder(models.ctc, { catalog: [good] });
      assert.ok(r.ok);
      assert.deepEqual(r.catalogIds, ['test-ctc']);
      assert.deepEqual(r.unverified, []);
    });

    it('a different file of the same size fails the checksum, a short one the size', async () => {
      const changed = folder('ander-model', { 'model.onnx': path.join(models.ctc, 'model.onnx'), 'tokens.txt': path.join(models.ctc, 'tokens.txt') });
      const t = fs.readFileSync(path.join(changed, 'tokens.txt'), 'utf8');
      fs.writeFileSync(path.join(changed, 'tokens.txt'), t.replace('hallo', 'HALLO'));
      const sum = await inspectModelFolder(changed, { catalog: [good] });
      assert.ok(!sum.ok);
      assert.match(sum.problem.nl, /tokens\.txt heeft niet de controlesom \(SHA-256\) van Testmodel/);
      fs.writeFileSync(path.join(changed, 'tokens.txt'), Buffer.from(t).subarray(0, 10));
      const size = await inspectModelFolder(changed, { catalog: [good] });
      assert.ok(!size.ok);
      assert.match(size.problem.nl, /tokens\.txt is 10 bytes, maar bij Testmodel hoort \d+ bytes/);
    });

    it('an unknown checksum or a skipped check is reported as unverified, not as checked', async () => {
      const unknown = { ...good, files: good.files.map((f) => ({ ...f, sha256: null })) };
      const r = await inspectModelFolder(models.ctc, { catalog: [unknown] });
      assert.ok(r.ok);
      assert.deepEqual(r.unverified, ['model.onnx', 'tokens.txt']);
      const skipped = await inspectModelFolder(models.ctc, { catalog: [good], verifyChecksums: false });
      assert.ok(skipped.ok);
      assert.deepEqual(skipped.unverified, ['model.onnx', 'tokens.txt']);
    });
  });

  it('the catalogue lists the models the issue asks for, with https addresses and well-formed checksums', () => {
    const ids = MODEL_CATALOG.map((m) => m.id);
    for (const id of ['parakeet-tdt-0.6b-v3-int8', 'whisper-large-v3-turbo', 'whisper-small', 'pyannote-segmentation-3.0', 'wespeaker-voxceleb-campplus']) assert.ok(ids.includes(id), id);
    for (const m of MODEL_CATALOG) {
      assert.ok(m.label.nl && m.label.en && m.licence && m.approxMB > 0);
      for (const f of m.files) {
        assert.match(f.url, /^https:\/\//);
        assert.ok(f.sha256 === null || /^[0-9a-f]{64}$/.test(f.sha256), `${m.id} ${f.name}`);
        assert.ok(f.bytes === null || (Number.isInteger(f.bytes) && f.bytes > 0));
      }
    }
    const parakeet = MODEL_CATALOG.find((m) => m.id === 'parakeet-tdt-0.6b-v3-int8')!;
    assert.equal(parakeet.licence, 'CC-BY-4.0');
    assert.ok(Math.abs(catalogBytes(parakeet)! / 1e6 - 670) < 5);
    assert.equal(catalogBytes(MODEL_CATALOG.find((m) => m.id === 'whisper-small')!), null);
  });
});
