import { describe, expect, it } from 'vitest';
import { explainSignInError } from '../../../lib/background/sign-in-errors';
import type { WebExErrorInfo } from '../../../lib/webex/errors';

const ACME = { name: 'acme', origin: 'https://acme.webex.com' };

function info(kind: WebExErrorInfo['kind'], exceptionId?: string): WebExErrorInfo {
  return {
    kind,
    message: 'technical',
    explanation: { title: 'generic', meaning: 'The XML API answered HTTP 404.', action: 'generic' },
    ...(exceptionId ? { exceptionId, reason: 'WebEx text' } : {}),
  };
}

describe('explainSignInError', () => {
  it.each([
    [
      'network',
      info('network'),
      'No WebEx site answered at acme.webex.com',
      /^Check the spelling of “acme”.*check your connection/,
    ],
    [
      'wrong password',
      info('api', '030002'),
      'Wrong WebEx ID or password',
      /type the password again/,
    ],
    [
      'unknown user',
      info('api', '030001'),
      'acme.webex.com has no account alice',
      /Check the WebEx ID/,
    ],
    [
      'single sign-on',
      info('api', '030103'),
      'acme.webex.com signs you in through your organisation (single sign-on)',
      /^Schedule and start your meetings on https:\/\/acme\.webex\.com\/acme or in the Webex app/,
    ],
    [
      'XML API off',
      info('xml-api-off'),
      'acme.webex.com no longer answers the WebEx XML API',
      /ask your WebEx site administrator.*https:\/\/acme\.webex\.com\/acme/,
    ],
  ])('%s', (_, error, title, action) => {
    const explained = explainSignInError(error, ACME, 'alice');
    expect(explained.explanation.title).toBe(title);
    expect(explained.message).toBe(title);
    expect(explained.explanation.action).toMatch(action);
    expect(explained.kind).toBe(error.kind);
    expect(explained.exceptionId).toBe(error.exceptionId);
  });

  it('keeps what WebEx said about the API being off', () => {
    expect(explainSignInError(info('xml-api-off'), ACME, 'alice').explanation.meaning).toContain(
      'HTTP 404',
    );
  });

  it.each([info('api', '000035'), info('timeout'), info('http')])(
    'leaves other failures as they are (%#)',
    (error) => {
      expect(explainSignInError(error, ACME, 'alice')).toBe(error);
    },
  );

  it('a site nothing answers for (DNS, refused) is named as typed, with the address looked for', () => {
    const acmee = { name: 'acmee', origin: 'https://acmee.webex.com' };
    const explained = explainSignInError(info('network'), acmee, 'alice', ' acmee ');
    expect(explained.explanation).toEqual({
      title: 'No WebEx site answered at acmee.webex.com',
      meaning: expect.stringMatching(
        /^You typed “acmee”, so the extension looked for https:\/\/acmee\.webex\.com, and nothing answered there/,
      ),
      action: expect.stringMatching(/^Check the spelling of “acmee”/),
    });
    expect(JSON.stringify(explained.explanation)).not.toMatch(/retired|XML API/);
  });

  it('a site name WebEx does not know: the name as typed, the spelling to check, no site link', () => {
    const acmee = { name: 'acmee', origin: 'https://acmee.webex.com' };
    const error = {
      ...info('no-site'),
      explanation: { title: 't', meaning: 'It sent it on to www.webex.com.', action: 'a' },
    };
    const explained = explainSignInError(error, acmee, 'alice', 'acmee.webex.com');
    expect(explained.kind).toBe('no-site');
    expect(explained.explanation.title).toBe('There is no WebEx site called “acmee.webex.com”');
    expect(explained.explanation.meaning).toBe('It sent it on to www.webex.com.');
    expect(explained.explanation.action).toMatch(/^Check the spelling of “acmee.webex.com”/);
    expect(JSON.stringify(explained.explanation)).not.toContain('https://acmee.webex.com/acmee');
  });

  it('quotes a long pasted link by its site name only', () => {
    const link = `https://acmee.webex.com/acmee/j.php?MTID=${'m'.repeat(80)}`;
    const explained = explainSignInError(
      info('network'),
      { name: 'acmee', origin: 'https://acmee.webex.com' },
      'alice',
      link,
    );
    expect(explained.explanation.action).toMatch(/^Check the spelling of “acmee”/);
  });
});
