import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'artifacts/', 'node_modules/', 'bench/out/', 'tests/fixtures/**', 'tests/playground/**', 'bench/reference/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          // User text is inserted as text, never as HTML.
          selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
          message: 'Never assign HTML: insert user text as text (textContent, insertText).',
        },
      ],
    },
  },
  {
    files: ['src/content/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}', 'src/core/**/*.ts', 'src/storage/**/*.ts'],
    rules: {
      // All of LinkedIn's DOM lives in src/linkedin (DESIGN §1): features never query the page.
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'querySelector', message: 'Ask an adapter in src/linkedin instead.' },
        { object: 'document', property: 'querySelectorAll', message: 'Ask an adapter in src/linkedin instead.' },
        { object: 'document', property: 'getElementById', message: 'Ask an adapter in src/linkedin instead.' },
      ],
    },
  },
);
