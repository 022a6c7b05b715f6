// The rooms of the code (HOUSE-STYLE.md) as one lint rule that resolves every import against the
// importing file's own folder, so it holds at any folder depth (glob patterns of `../` per depth
// left holes below the depths someone thought of).
import { builtinModules } from 'node:module';
import path from 'node:path';

/** Each room: which rooms it may import from, and whether it may use vscode or Node APIs. */
export const ROOMS = [
  { room: 'src/core', may: ['src/core', 'src/protocol'], vscode: false, node: false },
  { room: 'src/protocol', may: ['src/core', 'src/protocol'], vscode: false, node: false },
  { room: 'webview', may: ['webview', 'src/core', 'src/protocol'], vscode: false, node: false },
  // Node-side code the CLI shares: no vscode, so it runs outside VS Code.
  { room: 'src/media', may: ['src/media', 'src/node', 'src/core', 'src/protocol'], vscode: false, node: true },
  { room: 'src/node', may: ['src/node', 'src/media', 'src/core', 'src/protocol'], vscode: false, node: true },
  // The speech engine runs in the CLI, the bench and its own worker process: no vscode either.
  { room: 'src/speech', may: ['src/speech', 'src/node', 'src/media', 'src/core', 'src/protocol'], vscode: false, node: true },
  { room: 'src/cli', may: ['src/cli', 'src/node', 'src/media', 'src/speech', 'src/core', 'src/protocol', 'package.json'], vscode: false, node: true },
];

const BUILTIN = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]]));
const inside = (rel, room) => rel === room || rel.startsWith(room + '/');

export const boundaries = {
  meta: { type: 'problem', schema: [], messages: { forbidden: '{{what}}' } },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const room = ROOMS.find((r) => inside(file, r.room));
    if (!room) return {};
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      const report = (what) => context.report({ node, messageId: 'forbidden', data: { what } });
      if (source === 'vscode') {
        if (!room.vscode) report(`${room.room} may not import vscode: only extension-host code (src/host, src/extension.ts) may.`);
        return;
      }
      if (source.startsWith('node:') || BUILTIN.has(source) || BUILTIN.has(source.split('/')[0])) {
        if (!room.node) report(`${room.room} is pure: no Node APIs (${source}); the webview bundles it too.`);
        return;
      }
      if (!source.startsWith('.')) return; // a package
      const target = path.relative(root, path.resolve(path.dirname(context.filename), source)).split(path.sep).join('/');
      if (!room.may.some((r) => inside(target, r))) report(`${room.room} may import only ${room.may.join(', ')}; not ${target}.`);
    };
    return {
      ImportDeclaration: (n) => check(n, n.source.value),
      ExportNamedDeclaration: (n) => n.source && check(n, n.source.value),
      ExportAllDeclaration: (n) => check(n, n.source.value),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value),
      CallExpression: (n) => n.callee.type === 'Identifier' && n.callee.name === 'require' && n.arguments[0]?.type === 'Literal' && check(n, n.arguments[0].value),
    };
  },
};
