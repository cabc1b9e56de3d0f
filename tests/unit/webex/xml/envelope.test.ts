import { describe, expect, test } from 'vitest';
import { buildRequestXml } from '../../../../lib/webex/xml/envelope';

describe('buildRequestXml', () => {
  test('security context fields come in schema order, empty ones left out', () => {
    const xml = buildRequestXml({
      security: {
        sessionTicket: 'T',
        email: 'e@x.org',
        partnerID: '',
        siteName: 'acme',
        siteID: undefined,
        webExID: 'jdoe',
      },
      bodyType: 'ep:getAPIVersion',
      body: {},
    });
    expect(xml).toContain(
      '<serv:securityContext><com:webExID>jdoe</com:webExID><com:siteName>acme</com:siteName><com:email>e@x.org</com:email><com:sessionTicket>T</com:sessionTicket></serv:securityContext>',
    );
  });

  test('declares serv, com, xsi and the namespaces the body uses, nothing else', () => {
    const xml = buildRequestXml({
      security: { siteName: 'acme' },
      bodyType: 'meet:createMeeting',
      body: {
        'meet:participants': { 'meet:attendees': { 'meet:attendee': [{ 'att:role': 'HOST' }] } },
      },
    });
    const declared = [...xml.matchAll(/xmlns:(\w+)=/g)].map((match) => match[1]).sort();
    expect(declared).toEqual(['att', 'com', 'meet', 'serv', 'xsi']);
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<serv:message /);
    expect(xml).toContain('<serv:body><serv:bodyContent xsi:type="meet:createMeeting">');
  });

  test('leaves out empty groups, empty text and text made only of illegal characters', () => {
    const xml = buildRequestXml({
      security: { siteName: 'acme' },
      bodyType: 'meet:createMeeting',
      body: {
        'meet:accessControl': { 'meet:meetingPassword': undefined },
        'meet:metaData': { 'meet:confName': '\u0000\u0001', 'meet:agenda': '' },
        'meet:participants': { 'meet:attendees': { 'meet:attendee': [] } },
        'meet:schedule': { 'meet:duration': 30 },
      },
    });
    expect(xml).toContain(
      '<serv:bodyContent xsi:type="meet:createMeeting"><meet:schedule><meet:duration>30</meet:duration></meet:schedule></serv:bodyContent>',
    );
  });

  test('repeats an element for each list item, in order', () => {
    const xml = buildRequestXml({
      security: {},
      bodyType: 'site:lstTimeZone',
      body: { 'site:timeZoneID': [3, 2, 1] },
    });
    expect(xml).toContain(
      '<site:timeZoneID>3</site:timeZoneID><site:timeZoneID>2</site:timeZoneID><site:timeZoneID>1</site:timeZoneID>',
    );
  });
});
