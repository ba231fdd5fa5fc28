import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

const fronts = ['main', 'preload', 'web', 'cli']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-output/**', 'templates/**'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  {
    // The core runs in plain Node (tests, CLI, web harness): no Electron, no Vue, no renderer code.
    files: ['electron/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'electron/core must run in plain Node: keep Electron in electron/main.' },
            { name: 'vue', message: 'electron/core must not depend on the renderer.' },
          ],
          patterns: [
            { group: ['electron/*', 'vue/*', '@vue/*'], message: 'electron/core must run in plain Node.' },
            { group: ['**/src/**', '@/*'], message: 'electron/core must not import renderer code.' },
            { regex: '(^|/)scripts(/|$)', message: 'electron/core must not import scripts/ (not shipped with the app): put shared code in the core, scripts import it from there.' },
          ],
        },
      ],
    },
  },
  // The fronts (main, preload, web, cli) share electron/shared and the core, never each other.
  ...fronts.map((front) => ({
    files: [`electron/${front}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./)+(${fronts.filter((f) => f !== front).join('|')})(/|$)`,
              message: `electron/${front} is one front among four: share code through electron/shared or the core, not another front.`,
            },
          ],
        },
      ],
    },
  })),
  {
    // The renderer takes only types from the core (values come through the contract); no front at all.
    files: ['src/**/*.ts', 'src/**/*.vue'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)electron/core(/|$)', allowTypeImports: true, message: 'The renderer imports only types from electron/core (import type): values come through the handler contract.' },
            { regex: '(^|/)electron/(main|preload|web|cli)(/|$)', message: 'The renderer runs in the page: it reaches the fronts only through window.firedesk.' },
          ],
        },
      ],
    },
  },
  {
    // One checked place opens URLs and files outside the app.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/safe-external.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='openExternal']",
          message: 'Use openExternalSafely from electron/main/safe-external.ts.',
        },
        {
          selector: "MemberExpression[property.name='openPath']",
          message: 'Use openPathSafely from electron/main/safe-external.ts.',
        },
      ],
    },
  },
)
