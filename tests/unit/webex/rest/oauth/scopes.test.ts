import { describe, expect, test } from 'vitest';
import {
  missingScopes,
  scopeParameter,
  WEBEX_SCOPES,
} from '../../../../../lib/webex/rest/oauth/scopes';

describe('the scopes Sign in with Webex asks for', () => {
  test('are the four of design.md, space-separated in the authorize request', () => {
    expect(scopeParameter()).toBe(
      'spark:people_read meeting:schedules_read meeting:schedules_write meeting:preferences_read',
    );
  });

  test.each([
    { granted: undefined, missing: [...WEBEX_SCOPES] },
    { granted: '', missing: [...WEBEX_SCOPES] },
    { granted: WEBEX_SCOPES.join(' '), missing: [] },
    {
      granted: `spark:people_read  meeting:schedules_read spark:all`,
      missing: WEBEX_SCOPES.slice(2),
    },
    {
      granted: 'meeting:schedules_write meeting:preferences_read',
      missing: WEBEX_SCOPES.slice(0, 2),
    },
  ])('granted "$granted" lacks $missing', ({ granted, missing }) => {
    expect(missingScopes(granted)).toEqual(missing);
  });
});
