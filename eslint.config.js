// @ts-check
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist.old*/',
      'content.old*/',
      '.build/',
      '.astro/',
      'node_modules/',
      'content/',
      'public/pagefind/',
      'bench/results/',
      'bench/tmp/',
      'screens/',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Browser code: bundled for the reader, so nothing of Node may slip in.
    files: ['src/client/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^node:', message: 'src/client/ runs in the browser.' }] }] },
  },
);
