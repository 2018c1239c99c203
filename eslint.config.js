// One linter for the whole tree. The layering rule keeps lib/ a pure engine:
// nothing in lib/ may reach the browser, the entrypoints or the views.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.wxt/',
      'dist/',
      'artifacts/',
      'test-results/',
      'playwright-report/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', message: 'lib/ must not touch browser APIs.' },
            { name: 'webextension-polyfill', message: 'lib/ must not touch browser APIs.' },
            { name: 'wxt/utils/storage', message: 'lib/ must not touch browser storage.' },
            { name: 'node:fs', message: 'lib/ runs in the browser too: no file system.' },
          ],
          patterns: [
            { group: ['#imports', 'wxt/*'], message: 'lib/ must not import WXT runtime code.' },
            {
              group: ['**/entrypoints/**', '**/components/**', '**/utils/**', '**/cli/**'],
              message:
                'lib/ is the pure engine: it may not import entrypoints, components, utils or the CLI.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'lib/ must not touch browser APIs.' },
        { name: 'chrome', message: 'lib/ must not touch browser APIs.' },
        { name: 'document', message: 'Readers take a root; never the global document.' },
        { name: 'window', message: 'lib/ runs in Node too.' },
        { name: 'location', message: 'Pass the URL in.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'lib/ has no clock: pass the time in.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'lib/ has no clock: pass the time in.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    rules: { '@typescript-eslint/consistent-type-assertions': 'off' },
  },
  // Views take data and render it: they do not reach into the entrypoints or the command line.
  {
    files: ['components/**/*.ts', 'components/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**', '**/cli/**'],
              message: 'components/ are views: they do not import entrypoints or the CLI.',
            },
          ],
        },
      ],
    },
  },
);
