// Runs mocha in a child process, passes its output through unchanged (colours kept on a terminal)
// and reads the counts from its summary ("N passing", "N failing", "N pending").
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './vscode-server.mjs';

const MOCHA = path.join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g; // eslint-disable-line no-control-regex

/**
 * Resolves {passed, failed, pending, code, summarised, interrupted}: `summarised` is false when mocha
 * printed no summary (it could not run); `interrupted` names the signal (Ctrl+C) passed on to it.
 */
export function runMocha(args, { env = {}, indent = '' } = {}) {
  const colour = process.stdout.isTTY ? ['--color'] : [];
  const child = spawn(process.execPath, [MOCHA, ...colour, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const pass = (stream) => (chunk) => {
    const s = chunk.toString();
    out += s;
    stream.write(indent ? s.replace(/^(?=.)/gm, indent) : s);
  };
  child.stdout.on('data', pass(process.stdout));
  child.stderr.on('data', pass(process.stderr));
  let interrupted = null;
  const forward = (sig) => () => { interrupted ??= sig; child.kill(sig); };
  const handlers = ['SIGINT', 'SIGTERM'].map((sig) => [sig, forward(sig)]);
  for (const [sig, h] of handlers) process.on(sig, h);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      for (const [sig, h] of handlers) process.off(sig, h);
      const plain = out.replace(ANSI, '');
      const count = (word) => Number(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'm').exec(plain)?.[1] ?? 0);
      const summarised = /^\s*\d+ passing\b/m.test(plain);
      resolve({ passed: count('passing'), failed: count('failing'), pending: count('pending'), code: code ?? signal, summarised, interrupted });
    });
  });
}
