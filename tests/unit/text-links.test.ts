import { describe, expect, it } from 'vitest';
import { linkParts } from '../../lib/text-links';

// Issue 13, item 19: a WebEx address in a message is a real link; nothing else is.
describe('linkParts', () => {
  it('links an https address on a WebEx host, leaving the sentence around it as text', () => {
    expect(linkParts('Signing you out of WebEx at https://acme.webex.com…')).toEqual([
      { text: 'Signing you out of WebEx at ' },
      { text: 'https://acme.webex.com', href: 'https://acme.webex.com/' },
      { text: '…' },
    ]);
  });

  it('keeps the path and query, and drops the sentence’s full stop', () => {
    expect(linkParts('Opened https://acme.webex.com/acme/m.php?AT=JM&MK=180208468.')).toEqual([
      { text: 'Opened ' },
      {
        text: 'https://acme.webex.com/acme/m.php?AT=JM&MK=180208468',
        href: 'https://acme.webex.com/acme/m.php?AT=JM&MK=180208468',
      },
      { text: '.' },
    ]);
  });

  it.each([
    'http://acme.webex.com',
    'https://evil.example/acme.webex.com',
    'https://acme.webex.com.evil.example',
    'https://notwebex.com',
    'https://alice:pw@acme.webex.com',
    'https://acme.webex.com:8443/acme',
    'javascript:alert(1)//https://acme.webex.com',
  ])('leaves %s as text', (address) => {
    const parts = linkParts(`See ${address} now`);
    expect(
      parts.filter((part) => 'href' in part && !part.href.startsWith('https://acme.webex.com/')),
    ).toEqual([]);
    if (!address.startsWith('javascript:')) expect(parts).toEqual([{ text: `See ${address} now` }]);
  });

  it('links every WebEx address in a text, and gives back the text when joined', () => {
    const text = 'Type acme for https://acme.webex.com, or see https://help.webex.com/en-us.';
    const parts = linkParts(text);
    expect(parts.filter((part) => 'href' in part).map((part) => part.text)).toEqual([
      'https://acme.webex.com',
      'https://help.webex.com/en-us',
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(text);
  });

  it('never turns markup into anything but text', () => {
    const text = '<a href="https://acme.webex.com">x</a> <b>bold</b>';
    expect(
      linkParts(text)
        .map((part) => part.text)
        .join(''),
    ).toBe(text);
    expect(linkParts('no address here')).toEqual([{ text: 'no address here' }]);
    expect(linkParts('')).toEqual([{ text: '' }]);
  });
});
