import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeLeniently,
  decodeValue,
  looksPercentEncoded,
} from '../../../../lib/webex/url/percent-decoding';

describe('decodeLeniently', () => {
  it.each([
    ['plain', 'plain'],
    ['a%20b', 'a b'],
    ['j%C3%BCrgen', 'jürgen'],
    ['%F0%9F%98%80', '😀'],
    ['100%', '100%'],
    ['%ZZ%4', '%ZZ%4'],
    ['%FF', '\uFFFD'],
    ['%E2%80', '\uFFFD'],
    ['a+b', 'a+b'],
    ['%2541', '%41'],
  ])('%j -> %j', (raw, decoded) => {
    expect(decodeLeniently(raw)).toBe(decoded);
  });

  it('undoes encodeURIComponent for any well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(decodeLeniently(encodeURIComponent(text))).toBe(text);
      }),
    );
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => void decodeLeniently(text)));
  });
});

describe('decodeValue', () => {
  it.each([
    ['jane%40acme.com', 'jane@acme.com'],
    ['jane%2540acme.com', 'jane@acme.com'],
    ['jane%252540acme.com', 'jane%40acme.com'],
    ['100%25', '100%'],
  ])('%j -> %j (decoded a second time only while it still looks encoded)', (raw, decoded) => {
    expect(decodeValue(raw)).toBe(decoded);
  });
});

describe('looksPercentEncoded', () => {
  it.each([
    ['%41', true],
    ['a%2fb', true],
    ['100%', false],
    ['%G1', false],
    ['', false],
  ])('%j: %s', (text, expected) => {
    expect(looksPercentEncoded(text)).toBe(expected);
  });
});
