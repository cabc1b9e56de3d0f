import { readFileSync } from 'node:fs';

export interface MeetingTypeConfig {
  id: number;
  name: string;
  /** The site's label for hosts, when it has one besides `name` (LstMeetingType `displayName`). */
  displayName?: string;
  /** e.g. `PRO` (LstMeetingType `productCodePrefix`). */
  productCodePrefix: string;
  /** Longest meeting of this type in minutes; the site's `maxDurationMinutes` when absent. */
  maxDurationMinutes?: number;
}

export interface HostConfig {
  webExId: string;
  /** None on a single-sign-on site: its hosts sign in with their company login. */
  password?: string;
  email: string;
  firstName: string;
  lastName: string;
  /** Meeting type ids this host may use; the first is the host's default. */
  meetingTypes: number[];
  timeZoneID: number;
}

/** Someone the site knows by email only: may attend, may not host. */
export interface AttendeeConfig {
  email: string;
  name: string;
}

export interface SiteConfig {
  name: string;
  requiresMeetingPassword: boolean;
  /** Longest meeting in minutes, for a meeting type without its own limit. */
  maxDurationMinutes: number;
  xmlApiEnabled: boolean;
  /**
   * A Common Identity site whose hosts sign in through their organisation (SSO): no WebEx
   * password exists, and the XML API refuses password sign-in with 030103.
   */
  singleSignOn?: boolean;
  meetingTypes: MeetingTypeConfig[];
  hosts: HostConfig[];
  attendees: AttendeeConfig[];
}

/** A person who signs in with Webex (REST API, OAuth) on webexapis.com. */
export interface RestAccountConfig {
  /** Short name, as the password accounts' webExId: `gina`. */
  id: string;
  email: string;
  /** Typed into the sandbox's Webex sign-in page (GET /v1/authorize). */
  password: string;
  firstName: string;
  lastName: string;
  /** IANA zone of the person's profile (`/people/me` `timezone`). */
  timezone: string;
  /** Sites as `/people/me` `siteUrls` lists them; the first `host` site is the default one. */
  sites: { site: string; role: 'host' | 'attendee' }[];
  /** The account's fixed personal access token, valid 12 hours from the sandbox's (re)start. */
  personalAccessToken: string;
}

export interface SandboxConfig {
  sites: SiteConfig[];
  /** People of the REST API at https://webexapis.com; none when left out. */
  restAccounts?: RestAccountConfig[];
  /** Other host names served by the sandbox (each with a /landing.html usable as a back URL). */
  extraHosts: string[];
}

export function loadDefaultConfig(): SandboxConfig {
  const text = readFileSync(new URL('./sites.json', import.meta.url), 'utf8');
  return checkConfig(JSON.parse(text) as SandboxConfig);
}

/** Fails early, with the offending entry named, on a config the sandbox cannot serve. */
export function checkConfig(config: SandboxConfig): SandboxConfig {
  const problems: string[] = [];
  for (const site of config.sites) {
    if (!/^[a-z0-9-]+$/.test(site.name))
      problems.push(`site name "${site.name}" is not a host label`);
    const typeIds = new Set(site.meetingTypes.map((type) => type.id));
    for (const host of site.hosts) {
      if (host.meetingTypes.length === 0)
        problems.push(`${site.name}/${host.webExId} has no meeting type`);
      for (const id of host.meetingTypes) {
        if (!typeIds.has(id))
          problems.push(`${site.name}/${host.webExId}: meeting type ${id} is not on the site`);
      }
      if (site.singleSignOn && host.password !== undefined)
        problems.push(`${site.name}/${host.webExId} has a password on a single-sign-on site`);
      if (!site.singleSignOn && host.password === undefined)
        problems.push(`${site.name}/${host.webExId} has no password`);
      if (host.timeZoneID < 0 || host.timeZoneID > 61) {
        problems.push(`${site.name}/${host.webExId}: timeZoneID ${host.timeZoneID} is not 0-61`);
      }
    }
  }
  for (const account of config.restAccounts ?? []) {
    if (!account.sites.some((entry) => entry.role === 'host'))
      problems.push(`REST account ${account.id} hosts on no site`);
    for (const entry of account.sites) {
      if (!findSite(config, entry.site))
        problems.push(`REST account ${account.id}: site "${entry.site}" is not configured`);
    }
  }
  if (problems.length > 0) throw new Error(`Invalid sandbox config: ${problems.join('; ')}`);
  return config;
}

export function findSite(config: SandboxConfig, name: string | undefined): SiteConfig | undefined {
  if (name === undefined) return undefined;
  const wanted = name.toLowerCase();
  return config.sites.find((site) => site.name === wanted);
}

export function findHost(site: SiteConfig, webExId: string): HostConfig | undefined {
  return site.hosts.find((host) => host.webExId.toLowerCase() === webExId.toLowerCase());
}

export function findHostByEmail(site: SiteConfig, email: string): HostConfig | undefined {
  return site.hosts.find((host) => host.email.toLowerCase() === email.toLowerCase());
}

/** The longest meeting of this type on the site, in minutes (LstMeetingType's maxMeetingDuration). */
export function maxDurationOf(site: SiteConfig, type: MeetingTypeConfig | undefined): number {
  return Math.min(type?.maxDurationMinutes ?? site.maxDurationMinutes, site.maxDurationMinutes);
}

/** The site's public origin, as WebEx writes it into links. */
export function siteOrigin(site: SiteConfig): string {
  return `https://${site.name}.webex.com`;
}
