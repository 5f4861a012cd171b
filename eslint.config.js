import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'web/dist', 'data', 'server/db/migrations'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // api/ is read by the server and the browser alike: zod, domain/ and its own files only.
    files: ['api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$)(?!\\.\\./domain/)(?!\\./)',
              message: 'api/ is shared with the web: import only zod, domain/ and api/ files.',
            },
          ],
        },
      ],
    },
  },
  {
    // The web takes the api/ schemas (and zod) for their types only, so zod stays out of the bundle.
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', allowTypeImports: true, message: 'Types only: `import type { z } from "zod"`.' },
          ],
          patterns: [
            {
              regex: '^(\\.\\./)+api/',
              allowTypeImports: true,
              message: 'Types only (`import type`): a value from api/ would bring zod into the bundle.',
            },
          ],
        },
      ],
    },
  },
);
