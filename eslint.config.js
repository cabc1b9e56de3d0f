import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';
import { readFileSync } from 'node:fs';

// Server and URL text must never become markup.
const TEXT_NOT_HTML = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Render text, never HTML.',
};

// Every word a person reads comes from locales/*.yml, through `t` from lib/i18n.ts.
const USE_T = "Text a person reads comes from locales/en.yml: use t('area.key') from lib/i18n.ts.";
// Children of an element, and the attributes a person reads or hears; not ids or class names.
const SHOWN = ':matches(JSXElement, JSXFragment) > JSXExpressionContainer';
const READ_ATTRIBUTE =
  'JSXAttribute[name.name=/^(aria-label|aria-description|aria-placeholder|title|placeholder|alt|label)$/]';
const TRANSLATABLE_TEXT = [
  { selector: 'JSXText[value=/[A-Za-z]{2}/]', message: USE_T },
  { selector: `${SHOWN} > Literal[value=/[A-Za-z]{2}/]`, message: USE_T },
  {
    selector: `${SHOWN} > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]{2}/]`,
    message: USE_T,
  },
  { selector: `${READ_ATTRIBUTE} > Literal[value=/[A-Za-z]/]`, message: USE_T },
  {
    selector: `${READ_ATTRIBUTE} > JSXExpressionContainer > Literal[value=/[A-Za-z]/]`,
    message: USE_T,
  },
  {
    selector: `${READ_ATTRIBUTE} > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]{2}/]`,
    message: USE_T,
  },
];

// WebEx's codes have one home each: exceptionIDs in ExceptionId, RS codes in RsCode. Anywhere
// else in shipped code a raw code is an error whose message names the constant to use. The
// names are read from the catalogues themselves, so they are never listed twice.
const EXCEPTION_IDS_FILE = 'lib/webex/exception-ids.ts';
const RS_CODES_FILE = 'lib/webex/url/rs-codes.ts';
const CODE_CATALOGUES = [EXCEPTION_IDS_FILE, RS_CODES_FILE];
/** `Name: 'value'` pairs of the catalogue's `export const <object> = { ... } as const`. */
function catalogueEntries(file, object) {
  const source = readFileSync(new URL(file, import.meta.url), 'utf8');
  const body = new RegExp(`export const ${object} = \\{([\\s\\S]*?)\\} as const`).exec(source)?.[1];
  if (!body) throw new Error(`eslint.config.js: no ${object} in ${file}`);
  return [...body.matchAll(/^\s*(\w+): '([^']+)',/gm)].map(([, name, value]) => ({ name, value }));
}
const exceptionIds = catalogueEntries(EXCEPTION_IDS_FILE, 'ExceptionId');
const rsCodes = catalogueEntries(RS_CODES_FILE, 'RsCode');
const NAMED_CODES = [
  ...exceptionIds.map(({ name, value }) => ({
    selector: `Literal[value='${value}']`,
    message: `Use ExceptionId.${name} from ${EXCEPTION_IDS_FILE}, not the raw exceptionID.`,
  })),
  {
    selector: `Literal[value=/^(?!(?:${exceptionIds.map(({ value }) => value).join('|')})$)\\d{6}$/]`,
    message: `A raw exceptionID: name it in ExceptionId (${EXCEPTION_IDS_FILE}), then use ExceptionId.<Name>.`,
  },
  ...rsCodes.map(({ name, value }) => ({
    // Any case, as WebEx varies it; "Unknown" only as spelt, since 'unknown' is a common word.
    selector: value === 'Unknown' ? `Literal[value='${value}']` : `Literal[value=/^${value}$/i]`,
    message: `Use RsCode.${name} from ${RS_CODES_FILE}, not the raw RS code.`,
  })),
];
const SHIPPED_CODE = ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text, never HTML.' },
        { property: 'outerHTML', message: 'Render text, never HTML.' },
      ],
      'no-restricted-syntax': ['error', TEXT_NOT_HTML],
    },
  },
  {
    files: SHIPPED_CODE,
    rules: { 'no-restricted-syntax': ['error', TEXT_NOT_HTML, ...NAMED_CODES] },
  },
  // Patterns run over server answers, page addresses and pastes: none may backtrack
  // super-linearly (a comment pattern once froze the background for 16 s on 212 bytes).
  // tests/unit/security/linear-*.test.ts time every reader on pathological input as well.
  {
    files: SHIPPED_CODE,
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignorePartial: false }],
    },
  },
  {
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error', TEXT_NOT_HTML, ...TRANSLATABLE_TEXT, ...NAMED_CODES],
    },
  },
  // The catalogues are where the raw codes live.
  { files: CODE_CATALOGUES, rules: { 'no-restricted-syntax': ['error', TEXT_NOT_HTML] } },
);
