// `npm run lint`: ESLint (typescript-eslint, eslint-plugin-lit, eslint-plugin-wc) on the source, tests
// and scripts; lit-analyzer checks the templates against the types and Prettier the format.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      '.bench/',
      'src/generated/',
      'custom-elements.json',
      // Copies the build puts into the WordPress plugin.
      'wordpress/gov-service-widgets/assets/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    languageOptions: { globals: globals.browser },
    rules: {
      // Lit's rule: render() only reads; derived state belongs in willUpdate.
      'lit/no-this-assign-in-render': 'error',
      'lit/no-legacy-template-syntax': 'error',
      'lit/no-template-arrow': 'off', // event listeners are class fields or bound methods already
      // The elements are defined in one place, guarded (src/index.ts), never by their own modules.
      'wc/define-tag-after-class-definition': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: {
      // Tests break data on purpose, shape by shape: `any` is the honest type of a broken file.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.mjs', 'src/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['demo/**/*.js', 'test/fixtures/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The WordPress blocks' editor script: a classic script on WordPress's globals, no build step.
    files: ['wordpress/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
);
