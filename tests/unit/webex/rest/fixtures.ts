// Answers shaped exactly like Cisco's OpenAPI description (fixtures.test.ts checks each against
// its schema), with design.md's error shape. Values follow the description's own examples.

export const SITE = 'acme.webex.com';
export const MEETING_ID = '870f51ff287b41be84648412901e0402';
export const OCCURRENCE_ID = '870f51ff287b41be84648412901e0402_20261202T090000Z';

const telephony = {
  accessCode: '1234567890',
  callInNumbers: [
    {
      label: 'Call-in toll-free number (US/Canada)',
      callInNumber: '123456789',
      tollType: 'tollFree',
    },
  ],
};

/** `GET /people/me` (schema Person). */
export const person = {
  id: 'Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM',
  emails: ['john.andersen@example.com'],
  displayName: 'John Andersen',
  firstName: 'John',
  lastName: 'Andersen',
  timezone: 'Europe/Berlin',
  siteUrls: [`${SITE}#host`, 'other.webex.com#attendee'],
  type: 'person',
};

/** `GET /meetingPreferences` (schema MeetingPreferenceObject). */
export const preferences = {
  personalMeetingRoom: {
    topic: "John's PMR",
    hostPin: '4325',
    personalMeetingRoomLink: `https://${SITE}/meet/john`,
    enabledAutoLock: false,
    autoLockMinutes: 10,
    enabledNotifyHost: true,
    supportCoHost: false,
    sipAddress: `john.andersen@${SITE}`,
    dialInIpAddress: '192.168.100.100',
    telephony,
  },
  audio: {
    defaultAudioType: 'webexAudio',
    otherTeleconferenceDescription: '',
    enabledGlobalCallIn: true,
    enabledTollFree: false,
    enabledAutoConnection: false,
    officeNumber: {
      countryCode: '1',
      number: '123456789',
      enabledCallInAuthentication: false,
      enabledCallMe: false,
    },
    mobileNumber: {
      countryCode: '1',
      number: '123456789',
      enabledCallInAuthentication: false,
      enabledCallMe: false,
    },
  },
  video: {
    videoDevices: [
      { deviceName: 'device1', deviceAddress: 'device1@example.com', isDefault: true },
    ],
  },
  schedulingOptions: {
    enabledJoinBeforeHost: false,
    joinBeforeHostMinutes: 0,
    enabledAutoShareRecording: false,
  },
  sites: [
    { siteUrl: 'other.webex.com', default: false },
    { siteUrl: SITE, default: true },
  ],
};

/** `GET /meetings/sessionTypes` (items: MeetingSessionTypeObject). */
export const sessionTypes = {
  items: [
    { id: '3', name: 'Meeting Center Pro', type: 'meeting', attendeesCapacity: 1000 },
    { id: '628', name: 'Webinar', type: 'webinar', attendeesCapacity: 3000 },
  ],
};

/** A meeting as `GET /meetings` lists it (schema MeetingObjectForListMeeting). */
export function listed(overrides: Record<string, unknown> = {}) {
  return {
    id: OCCURRENCE_ID,
    meetingSeriesId: MEETING_ID,
    meetingNumber: '123456789',
    title: 'Project review',
    password: 'BgJep@43',
    meetingType: 'scheduledMeeting',
    state: 'ready',
    timezone: 'Europe/Berlin',
    start: '2026-12-02T10:00:00+01:00',
    end: '2026-12-02T11:00:00+01:00',
    hostUserId: 'Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM',
    hostDisplayName: 'John Andersen',
    hostEmail: 'john.andersen@example.com',
    hostKey: '123456',
    siteUrl: SITE,
    webLink: `https://${SITE}/${SITE.split('.')[0]}/j.php?MTID=m0123456789abcdef`,
    telephony,
    enabledBreakoutSessions: false,
    ...overrides,
  };
}

/** `GET /meetings/{meetingId}` and `POST /meetings`'s answer (schema MeetingSeriesObject). */
export function meeting(overrides: Record<string, unknown> = {}) {
  const { meetingSeriesId: _series, ...rest } = listed({
    id: MEETING_ID,
    meetingType: 'meetingSeries',
    state: 'active',
    agenda: 'Quarterly numbers',
    sessionTypeId: 3,
  });
  return { ...rest, ...overrides };
}

/** `POST /meetings/join`'s answer (schema JoinMeetingLinkObject). */
export const joinLinks = {
  startLink: `https://${SITE}/wbxmjs/joinservice/sites/acme/meeting/start/abc?token=one-time`,
  joinLink: `https://${SITE}/wbxmjs/joinservice/sites/acme/meeting/join/abc?token=one-time`,
  expiration: '2026-12-02T09:05:00Z',
};

/** An error answer as design.md describes it: `{message, errors[{description}], trackingId}`. */
export function errorBody(description: string, trackingId = 'ROUTER_6512A5F2-B1C0-01BB-0B5A') {
  return { message: description, errors: [{ description }], trackingId };
}
