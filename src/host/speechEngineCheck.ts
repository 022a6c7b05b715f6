import { createRequire } from 'node:module';

/**
 * Whether the speech engine (`sherpa-onnx-node`, a native module per platform) loads here. Kept
 * alone in this file so it can switch to src/speech/sherpaLoader.ts once that exists: the one place
 * that knows how the engine is loaded should also answer whether it loads.
 */
export function speechEngineLoads(): { loads: true; platform: string } | { loads: false; platform: string; error: string } {
  const platform = `${process.platform}-${process.arch}`;
  try {
    // A variable name keeps the bundler from resolving the native module at build time.
    const name = 'sherpa-onnx-node';
    createRequire(__filename)(name);
    return { loads: true, platform };
  } catch (e) {
    return { loads: false, platform, error: e instanceof Error ? e.message.split('\n')[0]! : String(e) };
  }
}
