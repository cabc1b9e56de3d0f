import { describe, expect, it } from 'vitest';
import { looksLikeWebExResult } from '../../../../lib/webex/url/looks-like-result';

describe('looksLikeWebExResult', () => {
  it.each([
    '?AT=LI&ST=FAIL&RS=AccessDenied',
    '?fURL=acme&at=hm&st=success',
    'AT=LO&ST=SUCCESS',
    '?ST=FAIL&AT=JM',
    'https://x.example/#/done?AT=JM&ST=FAIL',
    '?x=1#AT=LI&ST=FAIL',
  ])('says yes to %j', (search) => {
    expect(looksLikeWebExResult(search)).toBe(true);
  });

  it.each([
    '',
    '?',
    '?q=webex',
    '?AT=LI',
    '?ST=FAIL',
    '?CAT=LI&FIRST=FAIL',
    '?AT%3DLI%26ST%3DFAIL',
    '?AT&ST',
    '?A=T&S=T',
  ])('says no to %j', (search) => {
    expect(looksLikeWebExResult(search)).toBe(false);
  });

  it('says no to what is not a string', () => {
    expect(looksLikeWebExResult(undefined as unknown as string)).toBe(false);
  });

  it('stays cheap on a huge query', () => {
    const huge = `?${'a=b&'.repeat(500_000)}`;
    const started = performance.now();
    expect(looksLikeWebExResult(huge)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('imports nothing, so the content script bundles only this file', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(
      new URL('../../../../lib/webex/url/looks-like-result.ts', import.meta.url),
      'utf8',
    );
    expect(source).not.toMatch(/^\s*import\b/m);
  });
});
