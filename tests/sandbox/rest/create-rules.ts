import type { RestAccountConfig, SandboxConfig } from '../config.ts';
import { findSite } from '../config.ts';
import { hostSites } from './bearer.ts';
import { isTimeZone, offsetAgrees, parseRestTime } from './times.ts';

/** The documented limits of POST /meetings (CreateMeetingObject's descriptions). */
export const TITLE_MAX = 128;
export const SHORTEST_MINUTES = 10;
export const LONGEST_MINUTES = 23 * 60 + 59;
export const CREATES_PER_DAY = 100;

/** What a valid create request asks for, cut to the minute. */
export interface CreatePlan {
  title: string;
  agenda: string;
  password: string | undefined;
  start: number;
  end: number;
  timezone: string;
  siteUrl: string;
  sessionTypeId: number;
  invitees: { email: string; displayName: string; coHost: boolean }[];
}

/** A refusal: HTTP status and the `errors[].description` texts. */
export interface Refusal {
  status: 400 | 403;
  descriptions: string[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The sandbox site's password complexity: 8 to 32 characters, no space, at least one letter
 * and one digit (the description defers to the site's settings; these are the sandbox's).
 */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 8 || password.length > 32)
    return 'The password must be 8 to 32 characters long.';
  if (/\s/.test(password)) return 'The password must not contain spaces.';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password))
    return 'The password must contain at least one letter and one digit.';
  return undefined;
}

/** Start cut to the minute: within the current minute it moves to the next one. */
function cutStart(start: number, now: number): number {
  const minute = Math.floor(start / 60_000) * 60_000;
  return minute === Math.floor(now / 60_000) * 60_000 ? minute + 60_000 : minute;
}

/** Checks a create body against the documented rules; a plan or a refusal. */
export function planCreate(
  body: Record<string, unknown>,
  account: RestAccountConfig,
  config: SandboxConfig,
  now: number,
): CreatePlan | Refusal {
  const bad = (...descriptions: string[]): Refusal => ({ status: 400, descriptions });
  const { title, start, end, timezone = account.timezone, password, agenda = '' } = body;
  if (typeof title !== 'string' || title.trim() === '') return bad('title is required.');
  if (title.length > TITLE_MAX) return bad(`title must be at most ${TITLE_MAX} characters.`);
  if (typeof timezone !== 'string' || !isTimeZone(timezone))
    return bad(`Invalid timezone: ${String(timezone)}.`);
  if (typeof agenda !== 'string') return bad('agenda must be text.');
  const parsedStart = typeof start === 'string' ? parseRestTime(start, timezone) : undefined;
  const parsedEnd = typeof end === 'string' ? parseRestTime(end, timezone) : undefined;
  if (!parsedStart || !parsedEnd) return bad('start and end must be ISO 8601 date-times.');
  if (!offsetAgrees(parsedStart, timezone) || !offsetAgrees(parsedEnd, timezone))
    return bad(`The offset of start or end does not agree with timezone ${timezone}.`);
  const from = cutStart(parsedStart.instant, now);
  const to = Math.floor(parsedEnd.instant / 60_000) * 60_000;
  if (Math.floor(parsedStart.instant / 60_000) < Math.floor(now / 60_000))
    return bad('start cannot be before the current date and time.');
  const minutes = (to - from) / 60_000;
  if (minutes < SHORTEST_MINUTES || minutes > LONGEST_MINUTES)
    return bad('The duration must be between 10 minutes and 23 hours 59 minutes.');
  if (password !== undefined) {
    const problem =
      typeof password === 'string' ? passwordProblem(password) : 'password must be text.';
    if (problem) return bad(problem);
  }
  const sites = hostSites(account);
  const siteUrl = typeof body.siteUrl === 'string' ? body.siteUrl.toLowerCase() : sites[0];
  if (!siteUrl || !sites.includes(siteUrl))
    return {
      status: 403,
      descriptions: [`You cannot schedule meetings on ${String(body.siteUrl)}.`],
    };
  const site = findSite(config, siteUrl.replace(/\.webex\.com$/, ''));
  const types = site?.meetingTypes.map((type) => type.id) ?? [];
  const sessionTypeId = body.sessionTypeId === undefined ? types[0] : body.sessionTypeId;
  if (typeof sessionTypeId !== 'number' || !types.includes(sessionTypeId))
    return bad(`Invalid sessionTypeId: ${String(body.sessionTypeId)}.`);
  const invitees: CreatePlan['invitees'] = [];
  for (const item of Array.isArray(body.invitees) ? (body.invitees as unknown[]) : []) {
    const { email, displayName, coHost } = (item ?? {}) as Record<string, unknown>;
    if (typeof email !== 'string' || !EMAIL.test(email))
      return bad(`Invalid invitee email: ${String(email)}.`);
    invitees.push({
      email,
      displayName: typeof displayName === 'string' ? displayName : email,
      coHost: coHost === true,
    });
  }
  return {
    title,
    agenda,
    password: password as string | undefined,
    start: from,
    end: to,
    timezone,
    siteUrl,
    sessionTypeId,
    invitees,
  };
}
