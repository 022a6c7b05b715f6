// Lint keeps the four rooms apart (HOUSE-STYLE.md): core is pure, the webview never touches the host.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

import { boundaries } from './eslint/boundaries.mjs';

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
  // The rooms (core, protocol, webview, media, node, cli) and what each may import: one rule that
  // resolves each import path, so it holds at every folder depth (eslint/boundaries.mjs).
  {
    files: ['src/**/*.ts', 'webview/**/*.ts'],
    plugins: { kk: { rules: { boundaries } } },
    rules: { 'kk/boundaries': 'error' },
  },
  {
    files: ['src/core/**/*.ts', 'src/protocol/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process'] },
  },
  {
    files: ['webview/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
