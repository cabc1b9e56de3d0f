import { describe, expect, test } from 'vitest';
import * as fixtures from './fixtures';
import { schemaErrors } from './spec-check';

describe("the fake Webex's answers fit Cisco's OpenAPI description", () => {
  test.each([
    ['Person', fixtures.person],
    ['MeetingPreferenceObject', fixtures.preferences],
    ['MeetingSessionTypeObject', fixtures.sessionTypes.items[0]],
    ['MeetingSessionTypeObject', fixtures.sessionTypes.items[1]],
    ['MeetingObjectForListMeeting', fixtures.listed()],
    ['MeetingObjectForListMeeting', fixtures.listed({ state: 'ended', meetingType: 'meeting' })],
    ['MeetingSeriesObject', fixtures.meeting()],
    ['JoinMeetingLinkObject', fixtures.joinLinks],
  ])('%s', (schema, value) => {
    expect(schemaErrors(schema, value)).toEqual([]);
  });

  test('the check catches an answer the description does not allow', () => {
    expect(
      schemaErrors('MeetingSeriesObject', { ...fixtures.meeting(), state: 'sleeping' }),
    ).not.toEqual([]);
    const { title: _title, ...untitled } = fixtures.listed();
    expect(schemaErrors('MeetingObjectForListMeeting', untitled)).not.toEqual([]);
  });
});
