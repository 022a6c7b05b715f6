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
  {
    files: ['src/core/**/*.ts', 'src/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noVscode, { name: 'child_process', message: 'core is pure: no processes.' }, { name: 'fs', message: 'core is pure: no file system.' }, { name: 'node:fs', message: 'core is pure: no file system.' }, { name: 'node:child_process', message: 'core is pure: no processes.' }],
        patterns: [
          { group: ['**/webview/**', '../../webview/*'], message: 'core may not import the webview.' },
          { group: ['../*', '!../core', '!../core/**', '!../protocol', '!../protocol/**'], message: 'core/protocol may only import core or protocol.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator'],
    },
  },
  {
    files: ['webview/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noVscode],
        patterns: [{ group: ['../src/*', '!../src/core', '!../src/core/**', '!../src/protocol', '!../src/protocol/**', '**/src/extension*', '**/src/host/**', '**/src/media/**', '**/src/cli/**'], message: 'The webview may import only src/core and src/protocol.' }],
      }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
