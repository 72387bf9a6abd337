// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'worker_threads', 'stream', 'zlib'];
const pattern = (group, message) => ({ group, message });

/** Process boundaries (STYLE habit 1): each environment may import only what runs there. */
const boundaries = [
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(nodeBuiltins, 'shared/ is pure: no Node built-ins.'),
            pattern(['electron', 'electron/*'], 'shared/ is pure: no Electron.'),
            pattern(['react', 'react-dom', 'react/*', 'react-dom/*', '@mantine/*'], 'shared/ is pure: no React.'),
            pattern(['**/main/**', '../main/*', '**/renderer/**'], 'shared/ may not import main/ or renderer/.'),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', '__dirname', 'require'],
    },
  },
  {
    files: ['main/core/**/*.ts', 'main/transport/**/*.ts', 'main/cli.ts', 'main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['electron', 'electron/*'], 'Only main/electron and main/preload may import electron.'),
            pattern(['**/renderer/**'], 'main/ may not import renderer/.'),
          ],
        },
      ],
    },
  },
  {
    files: ['main/electron/**/*.ts', 'main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [pattern(['**/renderer/**'], 'main/ may not import renderer/.')] }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(nodeBuiltins, 'The renderer has no Node.'),
            pattern(['electron', 'electron/*'], 'The renderer reaches main only through the api client.'),
            pattern(['**/main/**'], 'The renderer reaches main only through the api client.'),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', 'require'],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'test-results/**', 'playwright-report/**', 'bin/**', 'scripts/**', '.ci/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.preload.json', './tsconfig.e2e.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // vitest's asymmetric matchers (expect.any, expect.stringContaining) are typed `any`.
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-argument': 'off' },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  ...boundaries,
);
