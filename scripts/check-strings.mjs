#!/usr/bin/env node
// Issue 12 part 2: no user-facing string literal left in the components. Every text the user reads
// in the popup or the injected UI comes from t() (src/ui/i18n.ts) and public/_locales. This scan
// parses each .tsx/.ts file of those folders with the TypeScript compiler and reports:
//   - JSX text with a letter in it (`<p>Saved</p>`),
//   - user-facing JSX attributes given a string literal (aria-label, title, placeholder, label, alt…),
//   - string or template literals with a letter, directly inside a JSX expression (`{ok ? 'Yes' : 'No'}`).
// Exit code 1 lists file:line: text. Deliberate exceptions go in ALLOW below, each with its reason.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const DIRS = ['src/popup', 'src/ui', 'src/content/features'];
const ATTRS = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'label', 'alt', 'summary']);
/** Text that is not language: brand, symbols, formats. Matched against the trimmed literal. */
const ALLOW = [
  /^On Purpose$/, // the product name, the same in every language (also ext_name)
  /^[\s\p{P}\p{S}\d]*$/u, // ✕ ▾ ▸ …, numbers, punctuation
  /^(?:https?:|mailto:)/, // URLs
  // Identifiers and class lists used as expressions ("op-btn op-link"): every word has a hyphen or an
  // underscore. Plain lowercase words ("was due", "on") are language, and must come from t().
  /^[a-z]\w*[-_][\w-]*(?:\s[a-z]\w*[-_][\w-]*)*$/,
];
const LETTER = /\p{L}/u;

export function scanSource(fileName, text) {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = [];
  const report = (node, value) => {
    const v = value.replace(/\s+/g, ' ').trim();
    if (!v || !LETTER.test(v) || ALLOW.some((re) => re.test(v))) return;
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    found.push({ line: line + 1, text: v });
  };
  const literalsIn = (expr) => {
    // The literal values an expression can evaluate to: a ? 'x' : 'y', a || 'x', ('x').
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) report(expr, expr.text);
    else if (ts.isTemplateExpression(expr)) report(expr, [expr.head.text, ...expr.templateSpans.map((s) => s.literal.text)].join(' '));
    else if (ts.isConditionalExpression(expr)) {
      literalsIn(expr.whenTrue);
      literalsIn(expr.whenFalse);
    }
    else if (ts.isBinaryExpression(expr) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(expr.operatorToken.kind)) literalsIn(expr.right);
    else if (ts.isParenthesizedExpression(expr)) literalsIn(expr.expression);
  };
  const visit = (node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && ATTRS.has(node.name.getText(sf)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) report(node.initializer, node.initializer.text);
      else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) literalsIn(node.initializer.expression);
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) literalsIn(node.expression);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let bad = 0;
  for (const dir of DIRS) {
    for (const file of walk(join(ROOT, dir), [])) {
      for (const f of scanSource(file, readFileSync(file, 'utf8'))) {
        bad++;
        console.error(`${relative(ROOT, file)}:${f.line}: ${JSON.stringify(f.text)}`);
      }
    }
  }
  if (bad) {
    console.error(`\n${bad} user-facing string literal(s): put them in public/_locales/*/messages.json and use t() (src/ui/i18n.ts).`);
    process.exit(1);
  }
  console.log('check-strings: no user-facing literals in', DIRS.join(', '));
}
