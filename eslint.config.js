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
    // Untrusted text is never markup (issue 11, SECURITY.md): template names and bodies, fill-in
    // answers, imported files, stored data and anything read from LinkedIn's page reach the DOM as
    // text only. No HTML sink anywhere in src/, whatever the data (reads such as `outerHTML` are
    // fine). The built output is checked again by scripts/check-bundle.mjs.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          ["AssignmentExpression[left.property.name=/^(innerHTML|outerHTML|srcdoc)$/]", 'Never assign HTML: insert text as text (textContent, insertText).'],
          ["AssignmentExpression[left.property.value=/^(innerHTML|outerHTML|srcdoc)$/]", 'Never assign HTML: insert text as text (textContent, insertText).'],
          ["CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|createContextualFragment|parseFromString|write|writeln)$/]", 'An HTML sink: build nodes and set textContent instead.'],
          ["JSXAttribute[name.name='dangerouslySetInnerHTML']", 'Never render HTML from data: render text (preact escapes it).'],
          ["Property[key.name='dangerouslySetInnerHTML']", 'Never render HTML from data: render text (preact escapes it).'],
          ["CallExpression[callee.name='eval']", 'No code from strings (CSP forbids it; scripts/check-bundle.mjs fails the build).'],
          ["NewExpression[callee.name='Function']", 'No code from strings (CSP forbids it; scripts/check-bundle.mjs fails the build).'],
          ["CallExpression[callee.name=/^set(Timeout|Interval)$/][arguments.0.type=/Literal$/]", 'A timer with a string is code from a string.'],
        ].map(([selector, message]) => ({ selector, message })),
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
