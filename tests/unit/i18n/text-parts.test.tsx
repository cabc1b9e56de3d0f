import type { VNode } from 'preact';
import { describe, expect, test } from 'vitest';
import { slots, withParts } from '../../../components/text-parts';
import { t } from '../../../lib/i18n';

/** Each piece's content: a string, or the element's tag and text. */
function pieces(children: ReturnType<typeof withParts>): unknown[] {
  return children.map((fragment) => {
    const content = (fragment as VNode<{ children: unknown }>).props.children;
    if (typeof content !== 'object' || content === null) return content;
    const element = content as VNode<{ children: unknown }>;
    return [element.type, element.props.children];
  });
}

describe('withParts', () => {
  test('puts elements where the translation has their placeholders, in its word order', () => {
    const text = t('options.account.signedInAs', slots('name', 'webExId', 'site'));
    expect(text).toBe('Signed in as {name} ({webExId}) on {site}');
    const parts = withParts(text, {
      name: <strong>Alice Example</strong>,
      webExId: 'alice',
      site: <strong>acme.webex.com</strong>,
    });
    expect(pieces(parts)).toEqual([
      'Signed in as ',
      ['strong', 'Alice Example'],
      ' (',
      'alice',
      ') on ',
      ['strong', 'acme.webex.com'],
    ]);
  });

  test('a value that looks like a placeholder is shown as it is, never filled', () => {
    const parts = withParts('{a} and {b}', { a: '{b}', b: 'B' });
    expect(pieces(parts)).toEqual(['{b}', ' and ', 'B']);
  });

  test('a placeholder without a part stays as text', () => {
    expect(pieces(withParts('Press {key}', {}))).toEqual(['Press ', '{key}']);
  });
});
