import { Fragment, type ComponentChild } from 'preact';

const PLACEHOLDER = /(\{[A-Za-z]\w*\})/;

/**
 * Named substitutions that leave each `{name}` in the translated text, for `withParts` to
 * fill with elements: `t('options.account.signedInAs', slots('name', 'webExId', 'site'))`.
 */
export function slots<N extends string>(...names: N[]): Record<N, string> {
  return Object.fromEntries(names.map((name) => [name, `{${name}}`])) as Record<N, string>;
}

/**
 * A translated sentence with elements inside it (a name in bold, a key cap): each `{name}`
 * becomes `parts[name]`. The words around them stay in the translation's own order, and the
 * parts are never parsed, so a value that looks like a placeholder is shown as it is.
 */
export function withParts(text: string, parts: Record<string, ComponentChild>): ComponentChild[] {
  return text
    .split(PLACEHOLDER)
    .filter((piece) => piece !== '')
    .map((piece, index) => {
      const name = piece.slice(1, -1);
      const filled = PLACEHOLDER.test(piece) && name in parts ? parts[name] : piece;
      return <Fragment key={index}>{filled}</Fragment>;
    });
}
