import { describe, expect, test } from 'vitest';
import { ticketCredentials } from '../../../../lib/webex/xml/credentials';
import { createXmlBackend } from '../../../../lib/webex/xml/client';
import {
  buildLstMeetingTypeRequest,
  lstMeetingType,
  parseLstMeetingTypeResponse,
} from '../../../../lib/webex/xml/operations/lst-meeting-type';
import { childNodes, childText, nodeText } from '../../../../lib/webex/xml/xml-tree';
import { validateAgainstXsd } from '../../../support/xsd';
import { routedFetch, scriptedFetch, sentBody } from './fake-fetch';
import { bodyContentOf, readFixture } from './fixtures';
import { requestBody, requestSecurity } from './request-parts';
import { SESSION, SITE } from './test-session';

const GOOD = 'lst_meeting_type_response_good.xml';

describe('LstMeetingType', () => {
  test('asks for the host types with the ticket, valid against meetingtype.xsd', async () => {
    const xml = buildLstMeetingTypeRequest(ticketCredentials(SESSION), [74377, 3]);
    expect(childText(requestSecurity(xml), 'sessionTicket')).toBe(SESSION.sessionTicket);
    expect(childText(requestSecurity(xml), 'password')).toBeUndefined();
    const ids = childNodes(requestBody(xml), 'meetingTypeID').map(nodeText);
    expect(ids).toEqual(['74377', '3']);
    expect(xml).toContain('xsi:type="mtgtype:lstMeetingType"');
    expect((await validateAgainstXsd(xml)).errors).toEqual([]);
  });

  test('reads names, display names, product prefixes and the longest meeting in minutes', () => {
    const content = bodyContentOf(readFixture(GOOD), 'LstMeetingType');
    expect(parseLstMeetingTypeResponse(content)).toEqual([
      {
        id: 74377,
        name: 'Meeting Center Pro',
        displayName: 'Pro meeting & webinar',
        productCodePrefix: 'PRO',
        maxDurationMinutes: 1440,
      },
      // A blank displayName is no name.
      { id: 3, name: 'Meeting Center Standard', productCodePrefix: 'STD', maxDurationMinutes: 180 },
      // No limits: no known limit.
      { id: 213, name: 'OnStage', productCodePrefix: 'ONS' },
    ]);
  });

  test('skips an entry without a meetingTypeID', async () => {
    const body = readFixture(GOOD).replace('<mtgtype:meetingTypeID>3</mtgtype:meetingTypeID>', '');
    const types = await lstMeetingType({ fetch: scriptedFetch({ body }) }, SESSION);
    expect(types.map((type) => type.id)).toEqual([74377, 213]);
  });
});

describe('the profile carries the site meeting types', () => {
  const signInRoutes = {
    'use:authenticateUser': { body: readFixture('authenticate_user_response_good.xml') },
    'use:getUser': { body: readFixture('get_user_response_several_meeting_types.xml') },
  };

  test('signIn asks LstMeetingType for the host types after GetUser', async () => {
    const fetch = routedFetch({
      ...signInRoutes,
      'mtgtype:lstMeetingType': { body: readFixture(GOOD) },
    });
    const { profile } = await createXmlBackend({ fetch }).signIn(SITE, 'zobrien', 'secret');
    expect(sentBody(fetch, 2)).toContain('<mtgtype:meetingTypeID>74377</mtgtype:meetingTypeID>');
    expect(sentBody(fetch, 2)).not.toContain('secret');
    expect(profile.siteMeetingTypes?.map((type) => type.id)).toEqual([74377, 3, 213]);
  });

  test('a site that refuses LstMeetingType still signs in, without names or limits', async () => {
    const fetch = routedFetch({
      ...signInRoutes,
      'mtgtype:lstMeetingType': { status: 500, body: 'down' },
    });
    const { profile } = await createXmlBackend({ fetch }).signIn(SITE, 'zobrien', 'secret');
    expect(profile.meetingTypes).toEqual([74377, 3, 213, 214]);
    expect(profile).not.toHaveProperty('siteMeetingTypes');
  });
});
