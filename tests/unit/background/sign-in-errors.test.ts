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
    ['network', info('network'), 'We could not reach acme.webex.com', /Check the site name/],
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
});
