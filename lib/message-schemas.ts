import * as v from 'valibot';

/**
 * The shapes of lib/messaging.ts's payloads, with size limits, checked in the background before
 * any handler runs (lib/background/message-guard.ts). The limits stop hostile or runaway data,
 * not the host: each is far above what a form can send, and WebEx's own rules stay with the
 * handlers, which explain them in words. Objects are strict: a key the protocol does not name is
 * refused. lib/message-rules.ts pairs each message with its schema.
 */

/** The longest text any payload field may carry (characters), unless a field says less. */
export const MAX_TEXT = 4096;
/** The most invitees one scheduleMeeting may carry. */
export const MAX_INVITEES = 500;

/** Text of at most `max` characters. */
function text(max = MAX_TEXT) {
  return v.pipe(v.string(), v.maxLength(max));
}

/** A whole number from `min` to `max`. */
function whole(min: number, max: number) {
  return v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
}

/** A message without data: @webext-core/messaging sends none (undefined). */
export const noData = v.undefined();

/** A WebEx meeting key: digits only (WebEx's are 9 to 11 long). */
export const meetingKeySchema = v.strictObject({
  meetingKey: v.pipe(v.string(), v.regex(/^\d{1,20}$/)),
});

/**
 * describePastedMeeting and startPastedMeeting: a meeting key and, when the pasted address names
 * one, its WebEx site's origin (`https://host`, lower case, no path).
 */
export const pastedMeetingSchema = v.strictObject({
  meetingKey: meetingKeySchema.entries.meetingKey,
  siteOrigin: v.optional(v.pipe(v.string(), v.regex(/^https:\/\/[a-z0-9.-]{1,253}$/))),
});

/** A result fingerprint of lib/explainer/fingerprint.ts: a 53-bit hash in base 36. */
const fingerprint = v.pipe(v.string(), v.regex(/^[0-9a-z]{1,16}$/));

export const signInSchema = v.strictObject({
  siteInput: text(512),
  webExId: text(320),
  password: text(1024),
  keepSignedIn: v.boolean(),
});

/** signOut: whether to forget the account's meetings kept here too. */
export const signOutSchema = v.strictObject({ forgetMeetings: v.boolean() });

export const renewTicketSchema = v.strictObject({ password: text(1024) });

export const keepSignedInSchema = v.strictObject({ keepSignedIn: v.boolean() });

/** signInWithToken: a personal access token (Webex's are about 100 characters). */
export const tokenSignInSchema = v.strictObject({ token: text(2048), keepSignedIn: v.boolean() });

/** chooseSite: a site as REST names it, `acme.webex.com` (host name characters only). */
export const chooseSiteSchema = v.strictObject({
  siteUrl: v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9.-]+$/i)),
});

/** setWebexIntegration: the client ID (empty clears) and, optionally, the secret (empty clears). */
export const webexIntegrationSchema = v.strictObject({
  clientId: text(512),
  clientSecret: v.optional(text(512)),
});

const inviteeSchema = v.strictObject({
  email: text(320),
  name: v.optional(text(512)),
  role: v.picklist(['ATTENDEE', 'HOST']),
});

/** lib/webex/types.ts's ScheduleRequest. */
const scheduleRequestSchema = v.strictObject({
  topic: text(1024),
  startsAt: v.pipe(v.number(), v.finite()),
  timeZone: text(128),
  durationMinutes: whole(0, 100_000),
  meetingPassword: v.optional(text(256)),
  meetingType: v.optional(whole(0, 1_000_000)),
  agenda: v.optional(text()),
  invitees: v.pipe(v.array(inviteeSchema), v.maxLength(MAX_INVITEES)),
});

export const scheduleMeetingSchema = v.strictObject({
  /** lib/meetings/request-id.ts makes 32 hex digits; tests use short names. */
  requestId: v.pipe(v.string(), v.regex(/^[\w.:-]{1,128}$/)),
  request: scheduleRequestSchema,
});

export const openExtensionPageSchema = v.strictObject({
  page: v.picklist(['popup', 'options']),
});

export const resultPanelSetupSchema = v.strictObject({
  fingerprint,
  navigationType: v.optional(text(32)),
});

export const dismissResultSchema = v.strictObject({ fingerprint });
