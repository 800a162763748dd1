// One lint configuration for every workspace (`npm run lint`, part of `npm test`):
// ESLint's and typescript-eslint's recommended rules for .ts/.js/.mjs, eslint-plugin-astro's for .astro.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/dist-preview/',
      '**/.astro/',
      '**/.cache/',
      '**/.tmp/',
      '**/.strapi/',
      'cms/build/',
      'cms/types/generated/',
      'cms/public/',
      'site/public/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a parameter or binding kept on purpose (an interface's shape, a rest sibling).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // Code that runs in the browser: the site's client scripts and the Strapi admin extensions.
    files: ['site/src/**/*.{ts,astro}', 'cms/src/admin/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // CommonJS files (Strapi's config may be .js).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
);
