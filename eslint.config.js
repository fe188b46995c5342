import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Every folder of src/features is a feature, so a new one is held to the same boundaries at once.
const featureNames = readdirSync(new URL('./src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  {
    ignores: [
      'dist',
      '.tmp',
      'node_modules',
      'test-results',
      'playwright-report',
      '.leo-engine',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: "MemberExpression[object.name=/^(it|test|describe)$/][property.name='only']",
          message: 'No .only in tests.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-properties': [
        'error',
        {
          object: 'localStorage',
          message: 'The API key and studio state use sessionStorage/IndexedDB.',
        },
      ],
    },
  },
  // The architecture, held by resolved path (so `../../other/…` is caught like any other
  // spelling): features never import each other; shared code (src/api, src/lib, src/hooks,
  // src/components) imports no feature and not the app; the engine imports nothing from the
  // studio; the contract imports neither. No import cycles anywhere.
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // TypeScript checks this too; here it keeps a path that leads nowhere from passing the rules below.
      'import-x/no-unresolved': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureNames.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
              message:
                'Features do not import each other: compose them in src/app/views, or move shared code to src/lib, src/api or src/components.',
            })),
            {
              target: ['./src/api', './src/lib', './src/hooks', './src/components'],
              from: ['./src/features', './src/app'],
              message: 'Shared code imports no feature and not the app.',
            },
            {
              target: './engine',
              from: './src',
              message: 'The engine imports nothing from the studio.',
            },
            {
              target: './contract',
              from: ['./src', './engine'],
              message: 'The contract is shared by the engine and the studio and imports neither.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and benchmarks read loosely typed JSON answers.
    files: ['**/*.test.{ts,tsx}', 'engine/test/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: [
      '*.config.{js,ts}',
      'playwright.config.ts',
      'vite.config.ts',
      'vitest.config.ts',
      'eslint.config.js',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
