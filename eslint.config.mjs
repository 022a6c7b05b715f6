// Lint keeps the four rooms apart (HOUSE-STYLE.md): core is pure, the webview never touches the host.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noVscode = { name: 'vscode', message: 'Only extension-host code (src/, outside core/ and protocol/) may import vscode.' };

export default tseslint.config(
  { ignores: ['dist/**', 'dist-test/**', 'node_modules/**', 'test-artifacts/**', 'media/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name=/^(skip|only)$/][callee.object.name=/^(it|describe|test|suite)$/]", message: 'No .skip or .only: a skipped test verifies nothing.' }],
    },
  },
  // core and protocol are pure: imported by the host, the CLI and the webview alike.
  ...[1, 2, 3].map((depth) => ({
    files: [`src/{core,protocol}/${'*/'.repeat(depth - 1)}*.ts`],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noVscode],
        patterns: [
          { group: ['node:*', 'fs', 'fs/*', 'child_process', 'path', 'os', 'worker_threads'], message: 'core and protocol are pure: no Node APIs (the webview bundles them too).' },
          { group: [`${'../'.repeat(depth)}*`, `!${'../'.repeat(depth)}core`, `!${'../'.repeat(depth)}protocol`], message: 'core and protocol may import only core and protocol.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process'],
    },
  })),
  {
    files: ['webview/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noVscode],
        patterns: [{ group: ['../src/*', '../../src/*', '!../src/core', '!../src/protocol', '!../../src/core', '!../../src/protocol', 'node:*', 'fs', 'child_process', 'path'], message: 'The webview may import only src/core and src/protocol.' }],
      }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
