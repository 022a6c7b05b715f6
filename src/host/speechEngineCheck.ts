import { loadSherpa } from '../speech/sherpaLoader';

/**
 * Whether the speech engine (`sherpa-onnx-node`, a native module per platform) loads here, asked
 * of the one place that loads it (src/speech/sherpaLoader.ts), so the check and the real use agree.
 */
export function speechEngineLoads(): { loads: true; platform: string } | { loads: false; platform: string; error: string } {
  const platform = `${process.platform}-${process.arch}`;
  const r = loadSherpa();
  return r.ok ? { loads: true, platform } : { loads: false, platform, error: r.problem.nl };
}
