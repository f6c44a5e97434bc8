import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers that must stay pure (no React, no DuckDB) so they test in milliseconds.
const pureLayers = ['src/stats/**', 'src/metrics/**', 'src/model/**'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'sample-data', 'tests/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: pureLayers,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'recharts'], message: 'Pure layer: no UI.' },
            { group: ['@duckdb/*', '**/engine/**'], message: 'Pure layer: no DuckDB.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'tests/browser/**'],
    ...tseslint.configs.disableTypeChecked,
  },
);
