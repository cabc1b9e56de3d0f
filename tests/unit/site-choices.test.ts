import { describe, expect, it } from 'vitest';
import { isAttendeeOnlySite, siteChoices } from '../../lib/site-choices';
import type { HostProfile } from '../../lib/webex/types';

const hugo: HostProfile = {
  webExId: 'hugo@retired.example',
  firstName: 'Hugo',
  lastName: 'Hart',
  email: 'hugo@retired.example',
  meetingTypes: [],
  timeZoneId: undefined,
  sites: ['retired.webex.com'],
  defaultSite: 'retired.webex.com',
  attendeeSites: ['acme.webex.com'],
};

describe('siteChoices', () => {
  it('lists host sites first, then attendee-only sites, marked', () => {
    expect(siteChoices(hugo, 'retired.webex.com')).toEqual([
      { host: 'retired.webex.com', attendeeOnly: false },
      { host: 'acme.webex.com', attendeeOnly: true },
    ]);
  });

  it('lists a site once although it is listed both ways or in another case', () => {
    const both = { ...hugo, attendeeSites: ['ACME.webex.com', 'Retired.Webex.com'] };
    expect(
      siteChoices({ ...both, sites: ['retired.webex.com', 'acme.webex.com'] }, 'acme.webex.com'),
    ).toEqual([
      { host: 'retired.webex.com', attendeeOnly: false },
      { host: 'acme.webex.com', attendeeOnly: false },
    ]);
  });

  it('always holds the chosen site, even one the profile does not list', () => {
    expect(siteChoices({ ...hugo, sites: [], attendeeSites: [] }, 'acme.webex.com')).toEqual([
      { host: 'acme.webex.com', attendeeOnly: false },
    ]);
  });
});

describe('isAttendeeOnlySite', () => {
  it('is true only for a site listed as attendee and not as host', () => {
    expect(isAttendeeOnlySite(hugo, 'acme.webex.com')).toBe(true);
    expect(isAttendeeOnlySite(hugo, 'ACME.WEBEX.COM')).toBe(true);
    expect(isAttendeeOnlySite(hugo, 'retired.webex.com')).toBe(false);
    expect(isAttendeeOnlySite({ ...hugo, sites: ['acme.webex.com'] }, 'acme.webex.com')).toBe(
      false,
    );
    expect(isAttendeeOnlySite({ ...hugo, attendeeSites: undefined }, 'acme.webex.com')).toBe(false);
  });
});
