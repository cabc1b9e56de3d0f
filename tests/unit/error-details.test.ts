import { describe, expect, it } from 'vitest';
import { errorDetailsLines } from '../../lib/error-details';
import type { WebExErrorInfo } from '../../lib/webex/errors';

const explanation = { title: 'Webex refused the meeting', meaning: 'm', action: 'a' };

describe('errorDetailsLines', () => {
  it('lists each REST description and the tracking ID, after the title and the status', () => {
    const error: WebExErrorInfo = {
      kind: 'rest-api',
      message: 'POST /meetings 400',
      explanation,
      httpStatus: 400,
      reason: 'Title is too long. Start is in the past.',
      restErrors: ['Title is too long.', 'Start is in the past.'],
      trackingId: 'ROUTER_5F3A',
    };
    expect(errorDetailsLines(error)).toEqual([
      'Webex refused the meeting',
      'Code: HTTP 400',
      'Webex said: “Title is too long.”',
      'Webex said: “Start is in the past.”',
      'Tracking ID for Cisco support: ROUTER_5F3A',
    ]);
  });

  it("gives an XML failure's code and reason, and no tracking line", () => {
    const error: WebExErrorInfo = {
      kind: 'api',
      message: 'x',
      explanation,
      exceptionId: '030001',
      reason: 'Corresponding User not found',
    };
    expect(errorDetailsLines(error)).toEqual([
      'Webex refused the meeting',
      'Code: 030001',
      'WebEx said: “Corresponding User not found”',
    ]);
  });

  it('is only the title when nothing more is known', () => {
    expect(errorDetailsLines({ kind: 'network', message: 'x', explanation })).toEqual([
      'Webex refused the meeting',
    ]);
  });
});
