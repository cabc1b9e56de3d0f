import { createHash } from 'node:crypto';
import type { RestAccountConfig } from '../config.ts';
import { findSite } from '../config.ts';
import { authenticate, hostSites, siteUrlOf } from './bearer.ts';
import { replyError, replyJson, type RestContext } from './respond.ts';

/** A person id as Webex writes them: base64 of a ciscospark URI (deterministic per account). */
export function personId(account: RestAccountConfig): string {
  return Buffer.from(`ciscospark://us/PEOPLE/sandbox-${account.id}`).toString('base64url');
}

export function displayName(account: RestAccountConfig): string {
  return `${account.firstName} ${account.lastName}`;
}

/**
 * The account's Personal Room on its first host site: its link (`personalMeetingRoomLink`), its
 * topic, and a meeting-like id (32 hex) for the start and join links `/meetings/join` makes.
 */
export function personalRoomOf(account: RestAccountConfig) {
  const site = hostSites(account)[0] ?? '';
  return {
    site,
    link: `https://${site}/meet/${account.id}`,
    topic: `${displayName(account)}'s Personal Room`,
    id: createHash('sha256').update(`pmr:${account.id}`).digest('hex').slice(0, 32),
  };
}

const CALL_IN = [{ label: 'Sandbox toll', callInNumber: '+1-555-0100', tollType: 'toll' }];

/** GET /v1/people/me (`spark:people_read`): emails, names, `timezone`, `siteUrls` `site#role`. */
export function handlePeopleMe(context: RestContext): void {
  const auth = authenticate(context, 'spark:people_read');
  if (!auth) return;
  const { account } = auth;
  replyJson(context, 200, {
    id: personId(account),
    emails: [account.email],
    displayName: displayName(account),
    firstName: account.firstName,
    lastName: account.lastName,
    orgId: Buffer.from('ciscospark://us/ORGANIZATION/sandbox').toString('base64url'),
    created: '2024-01-15T09:00:00.000Z',
    timezone: account.timezone,
    siteUrls: account.sites.map((entry) => `${siteUrlOf(entry.site)}#${entry.role}`),
    type: 'person',
  });
}

/**
 * GET /v1/meetingPreferences (`meeting:preferences_read`): `sites[{siteUrl, default}]` (sites
 * where the account hosts; the first is the default) and the Personal Room on the default site.
 */
export function handleMeetingPreferences(context: RestContext): void {
  const auth = authenticate(context, 'meeting:preferences_read');
  if (!auth) return;
  const sites = hostSites(auth.account);
  const home = sites[0] ?? '';
  const room = `${auth.account.id}`;
  const personal = personalRoomOf(auth.account);
  replyJson(context, 200, {
    personalMeetingRoom: {
      topic: personal.topic,
      hostPin: '4321',
      personalMeetingRoomLink: personal.link,
      enabledAutoLock: false,
      enabledNotifyHost: true,
      supportCoHost: true,
      sipAddress: `${room}@${home}`,
      dialInIpAddress: '192.0.2.10',
      telephony: { accessCode: '1234567890', callInNumbers: CALL_IN },
    },
    audio: {
      defaultAudioType: 'webexAudio',
      otherTeleconferenceDescription: '',
      enabledGlobalCallIn: true,
      enabledTollFree: false,
      enabledAutoConnection: false,
      officeNumber: {
        countryCode: '1',
        number: '5550100',
        enabledCallInAuthentication: false,
        enabledCallMe: false,
      },
      mobileNumber: {
        countryCode: '1',
        number: '5550101',
        enabledCallInAuthentication: false,
        enabledCallMe: false,
      },
    },
    video: { videoDevices: [] },
    schedulingOptions: {
      enabledJoinBeforeHost: false,
      joinBeforeHostMinutes: 0,
      enabledAutoShareRecording: false,
    },
    sites: sites.map((siteUrl, index) => ({ siteUrl, default: index === 0 })),
  });
}

/**
 * GET /v1/meetings/sessionTypes?siteUrl= (`meeting:schedules_read`): the site's meeting types
 * (sites.json) as session types; none on a site where the account only attends; a site the
 * account is not on: 403; no siteUrl: the default site.
 */
export function handleSessionTypes(context: RestContext): void {
  const auth = authenticate(context, 'meeting:schedules_read');
  if (!auth) return;
  const siteUrl = context.url.searchParams.get('siteUrl') ?? hostSites(auth.account)[0] ?? '';
  const entry = auth.account.sites.find((item) => siteUrlOf(item.site) === siteUrl.toLowerCase());
  const site = entry && findSite(context.config, entry.site);
  if (!entry || !site)
    return replyError(context, 403, 'You are not a user of this site.', [`siteUrl ${siteUrl}`]);
  const types = entry.role === 'host' ? site.meetingTypes : [];
  replyJson(context, 200, {
    items: types.map((type) => ({
      id: String(type.id),
      name: type.displayName ?? type.name,
      type: 'meeting',
      attendeesCapacity: 1000,
    })),
  });
}
