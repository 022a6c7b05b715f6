/**
 * Stand-in speech models for tests: tiny ONNX graphs with the inputs, outputs and metadata the
 * real sherpa-onnx expects (scripts/speech-standins/*.py), written once per test process into a
 * temporary folder with Debian's Python + ONNX. Their text is nonsense by design: tests assert
 * structure (counts, order, times, speakers), never words.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const INSTALL_PYTHON_ONNX = 'python3-onnx is required to make the stand-in speech models — install with: sudo apt-get install -y python3-onnx';
const PYTHON = '/usr/bin/python3';
const SCRIPTS = path.join(__dirname, '..', 'scripts', 'speech-standins');

export interface StandinModels {
  dir: string;
  /** NeMo-CTC-shaped recogniser: model.onnx + tokens.txt. */
  ctc: string;
  /** Parakeet-TDT-shaped transducer: encoder/decoder/joiner.onnx + tokens.txt. */
  transducer: string;
  /** pyannote-shaped segmentation + speaker embedding: seg.onnx + emb.onnx. */
  speakers: string;
}

function make(script: string, out: string): void {
  const r = spawnSync(PYTHON, [path.join(SCRIPTS, script), out], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    if (r.error || /No module named '(onnx|numpy)'/.test(r.stderr)) throw new Error(INSTALL_PYTHON_ONNX);
    throw new Error(`${script} failed: ${r.stderr}`);
  }
}

export function makeStandinModels(dir: string): StandinModels {
  const m: StandinModels = { dir, ctc: path.join(dir, 'ctc'), transducer: path.join(dir, 'transducer'), speakers: path.join(dir, 'speakers') };
  make('make_ctc.py', m.ctc);
  make('make_transducer.py', m.transducer);
  make('make_diarization.py', m.speakers);
  return m;
}

let shared: StandinModels | null = null;

/** One set per test process, removed at exit. */
export function sharedStandinModels(): StandinModels {
  if (!shared) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-standin-models-'));
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    shared = makeStandinModels(dir);
  }
  return shared;
}
