import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../../lib/explainer/decode/decode-input';
import { explainException } from '../../../lib/webex/exception-catalogue';
import { ExceptionId } from '../../../lib/webex/exception-ids';
import { readRecorded as recorded } from '../../support/reference';

// What a pasted answer holds (issue 10, items 5, 7 and 9).

const SERV = 'http://www.webex.com/schemas/2002/06/service';
const everything = (explained: ReturnType<typeof decodeInput>) => JSON.stringify(explained);

/** A SUCCESS answer of `type` with `content` as its bodyContent, as WebEx writes it. */
function success(type: string, content: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><serv:message xmlns:serv="${SERV}" ` +
    'xmlns:meet="http://www.webex.com/schemas/2002/06/service/meeting" ' +
    'xmlns:use="http://www.webex.com/schemas/2002/06/service/user" ' +
    'xmlns:ns1="http://www.webex.com/schemas/2002/06/service/site">' +
    '<serv:header><serv:response><serv:result>SUCCESS</serv:result><serv:gsbStatus>PRIMARY</serv:gsbStatus>' +
    '</serv:response></serv:header><serv:body>' +
    `<serv:bodyContent xsi:type="${type}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `${content}</serv:bodyContent></serv:body></serv:message>`
  );
}

function failure(exceptionId: string, reason: string): string {
  return (
    `<serv:message xmlns:serv="${SERV}"><serv:header><serv:response>` +
    `<serv:result>FAILURE</serv:result><serv:reason>${reason}</serv:reason>` +
    '<serv:gsbStatus>PRIMARY</serv:gsbStatus>' +
    `<serv:exceptionID>${exceptionId}</serv:exceptionID></serv:response></serv:header>` +
    '<serv:body><serv:bodyContent/></serv:body></serv:message>'
  );
}

describe('URL API answers that are plain XML (item 5)', () => {
  it('the issue’s ListOpenMeetings: 3 meetings in progress, with their numbers', () => {
    const explained = decodeInput(
      '<ListOpenMeetings><Status>SUCCESS</Status><MeetingKeys>621018655;623350124;629471076;</MeetingKeys></ListOpenMeetings>',
    );
    expect(explained).toMatchObject({
      tone: 'success',
      headline: '3 meetings in progress: 621 018 655, 623 350 124, 629 471 076',
    });
  });

  it.each([
    [
      '<ListOpenMeetings><Status>SUCCESS</Status><MeetingKeys>1726011709;</MeetingKeys></ListOpenMeetings>',
      '1 meeting in progress: 172 601 1709',
    ],
    [
      '<?xml version="1.0"?>\n<ListOpenMeetings>\n  <Status>SUCCESS</Status>\n  <MeetingKeys></MeetingKeys>\n</ListOpenMeetings>',
      'No meetings in progress',
    ],
    [
      `<ListOpenMeetings><Status>SUCCESS</Status><MeetingKeys>${'123456789;'.repeat(7)}</MeetingKeys></ListOpenMeetings>`,
      '7 meetings in progress: 123 456 789, 123 456 789, 123 456 789, 123 456 789, 123 456 789, …',
    ],
  ])('%s', (xml, headline) => {
    expect(decodeInput(xml)?.headline).toBe(headline);
  });

  it('its FAIL form is explained through the reason, like a back URL', () => {
    const explained = decodeInput(
      '<ListOpenMeetings><Status>FAIL</Status><Reason>AccessDenied</Reason></ListOpenMeetings>',
    );
    expect(explained).toMatchObject({
      tone: 'failure',
      headline: "Couldn't open the list of meetings",
    });
    expect(explained?.facts).toContainEqual({ label: 'Reason code (RS)', value: 'AccessDenied' });
  });

  it('another URL API XML answer lists its values as text', () => {
    const explained = decodeInput(
      '<GetMeetingStatus><Status>SUCCESS</Status><Note>&lt;b&gt;hi&lt;/b&gt;</Note></GetMeetingStatus>',
    );
    expect(explained?.headline).toBe('WebEx answered GetMeetingStatus with SUCCESS');
    expect(explained?.facts).toContainEqual({ label: 'Note', value: '<b>hi</b>' });
    const withTicket =
      '<LoginInfo><Status>SUCCESS</Status><SessionTicket>s3cr3t</SessionTicket></LoginInfo>';
    expect(JSON.stringify(decodeInput(withTicket))).not.toContain('s3cr3t');
  });
});

describe('a SUCCESS answer says what it holds (item 7)', () => {
  it('the issue’s CreateMeeting answer: Meeting 1726 011 7096 was created', () => {
    const xml = recorded('meeting_create_meeting_response_good.xml').replace(
      '<meet:meetingkey>123456789</meet:meetingkey>',
      '<meet:meetingkey>17260117096</meet:meetingkey>',
    );
    const explained = decodeInput(xml);
    expect(explained).toMatchObject({
      tone: 'success',
      headline: 'Meeting 1726 011 7096 was created',
    });
    expect(everything(explained)).not.toContain('cccccccccccc'); // the guest token
  });

  it('the recorded CreateMeeting answer names its meeting too', () => {
    expect(decodeInput(recorded('meeting_create_meeting_response_good.xml'))?.headline).toBe(
      'Meeting 123 456 789 was created',
    );
  });

  it('GetUser: the user’s name, WebEx ID and email', () => {
    const explained = decodeInput(recorded('user_get_user_response_good.xml'));
    expect(explained?.headline).toBe('WebEx account of Firstname Lastname');
    expect(explained?.facts).toEqual(
      expect.arrayContaining([
        { label: 'WebEx ID (WID)', value: '123456' },
        { label: 'Email', value: '123456@mail.com' },
      ]),
    );
    expect(everything(explained)).not.toContain('******');
  });

  it('GetMeeting: topic and start as WebEx wrote them; never the password or host key', () => {
    const explained = decodeInput(recorded('meeting_get_meeting_response_good.xml'));
    expect(explained?.headline).toBe('Details of meeting 123 456 789');
    expect(explained?.facts).toEqual(
      expect.arrayContaining([
        { label: 'Topic', value: 'Test-Meeting via XML API' },
        { label: 'Starts', value: '07/20/2016 15:30:00 (GMT+01:00, Europe (Berlin))' },
      ]),
    );
    expect(everything(explained)).not.toMatch(/aaaaaaaaaaaa/); // guest token
  });

  it('GetjoinurlMeeting: join links, safe to share', () => {
    const explained = decodeInput(recorded('meeting_getjoinurl_meeting_response_good.xml'));
    expect(explained?.headline).toBe('Join links for attendees');
    expect(explained?.facts).toContainEqual({
      label: 'Invitation link',
      value: 'https://test.webex.com/test/j.php?MTID=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    });
  });

  it('DelMeeting: deleted', () => {
    expect(decodeInput(recorded('meeting_del_meeting_response_good.xml'))?.headline).toBe(
      'The meeting was deleted',
    );
  });

  it('AuthenticateUser: for how long the ticket lasts, never the ticket', () => {
    const ticket = 'AAABmSecretTicketValue0123456789';
    const explained = decodeInput(
      success(
        'use:authenticateUserResponse',
        `<use:sessionTicket>${ticket}</use:sessionTicket><use:createTime>1721482200000</use:createTime><use:timeToLive>5400</use:timeToLive>`,
      ),
    );
    expect(explained?.headline).toBe('WebEx issued a session ticket');
    expect(explained?.meaning).toContain('valid for 90 minutes');
    expect(explained?.action).toMatch(/Don't share this answer/);
    expect(everything(explained)).not.toContain(ticket);
  });

  it('AuthenticateUser from an older server, without a lifetime', () => {
    const explained = decodeInput(
      success('use:authenticateUserResponse', '<use:sessionTicket>x</use:sessionTicket>'),
    );
    expect(explained?.meaning).toContain('does not say for how long');
  });

  it('GethosturlMeeting: a host link for meeting 123 456 789; not to be shared, not shown', () => {
    const explained = decodeInput(
      success(
        'meet:gethosturlMeetingResponse',
        '<meet:hostMeetingURL>https://acme.webex.com/acme/p.php?AT=LI&amp;TK=SecretTK&amp;MU=https%3A%2F%2Facme.webex.com%2Facme%2Fm.php%3FAT%3DHM%26MK%3D123456789</meet:hostMeetingURL>',
      ),
    );
    expect(explained?.headline).toBe("A host link: don't share it");
    expect(explained?.meaning).toContain('start meeting 123 456 789');
    expect(explained?.facts).toContainEqual({ label: 'Meeting number (MK)', value: '123 456 789' });
    expect(everything(explained)).not.toContain('SecretTK');
  });

  it('LstsummaryMeeting: the count, matchingRecords and each meeting', () => {
    const item = (key: string, topic: string) =>
      `<meet:meeting><meet:meetingKey>${key}</meet:meetingKey><meet:confName>${topic}</meet:confName>` +
      '<meet:timeZoneID>62</meet:timeZoneID><meet:timeZone>GMT-09:00, Alaska (Anchorage)</meet:timeZone>' +
      '<meet:startDate>01/15/2025 09:00:00</meet:startDate></meet:meeting>';
    const explained = decodeInput(
      success(
        'meet:lstsummaryMeetingResponse',
        '<meet:matchingRecords><serv:total>12</serv:total><serv:returned>2</serv:returned><serv:startFrom>1</serv:startFrom></meet:matchingRecords>' +
          item('123456789', 'Weekly') +
          item('987654321', 'Review'),
      ),
    );
    expect(explained?.headline).toBe('2 meetings listed');
    expect(explained?.meaning).toContain('12 matching meetings');
    expect(explained?.facts).toContainEqual({
      label: '987 654 321',
      value: 'Review · 01/15/2025 09:00:00 (GMT-09:00, Alaska (Anchorage))',
    });
  });

  it('LstTimeZone: how many zones', () => {
    const zone = (id: number) =>
      `<ns1:timeZone><ns1:timeZoneID>${id}</ns1:timeZoneID><ns1:gmtOffset>720</ns1:gmtOffset></ns1:timeZone>`;
    expect(
      decodeInput(success('ns1:lstTimeZoneResponse', [0, 1, 62].map(zone).join('')))?.headline,
    ).toBe('The site lists 3 time zones');
  });
});

describe('a pasted FAILURE 000000 (item 9)', () => {
  it('the issue’s "Fail to forward request:null": the request envelope was malformed', () => {
    const explained = decodeInput(
      failure(ExceptionId.MalformedRequest, 'Fail to forward request:null'),
    );
    expect(explained?.headline).toBe('WebEx could not read the request');
    expect(explained?.meaning).toMatch(/namespace declarations/);
    expect(everything(explained)).not.toMatch(/fault in the extension/);
    expect(explained?.facts).toContainEqual({
      label: 'WebEx said',
      value: 'Fail to forward request:null',
    });
  });

  it('any other 000000 reason gets the same explanation; the catalogue keeps its own', () => {
    const explained = decodeInput(failure(ExceptionId.MalformedRequest, 'Invalid request'));
    expect(explained?.meaning).toMatch(/namespace declarations/);
    // The extension's own calls still say it is the extension's fault.
    expect(explainException(ExceptionId.MalformedRequest).meaning).toMatch(
      /fault in the extension/,
    );
  });
});
