/**
 * The URL API's RS (reason) codes the extension explains, by WebEx's own spelling. Use these,
 * never the raw strings: a lint rule (eslint.config.js) keeps them out of every other file.
 */
export const RsCode = {
  AccessDenied: 'AccessDenied',
  AlreadyLogon: 'AlreadyLogon',
  AutoLoginDisabled: 'AutoLoginDisabled',
  BadWebExIDorPassword: 'BadWebExIDorPassword',
  DoNotSupportAPI: 'DoNotSupportAPI',
  EmailConflict: 'EmailConflict',
  NoMeetingTypeSupport: 'NoMeetingTypeSupport',
  SiteDoNotSupportThisMeetingType: 'SiteDoNotSupportThisMeetingType',
  PartnerIDError: 'PartnerIDError',
  TheDurationIsExceedTheMaxDuration: 'TheDurationIsExceedTheMaxDuration',
  Unknown: 'Unknown',
  WebExIDConflict: 'WebExIDConflict',
  AccountLocked: 'AccountLocked',
  InvalidSessionTicket: 'InvalidSessionTicket',
  InvalidTicket: 'InvalidTicket',
  MeetingNotInProgress: 'MeetingNotInProgress',
  InvalidMeetingKeyOrPassword: 'InvalidMeetingKeyOrPassword',
  InvalidMeetingKey: 'InvalidMeetingKey',
  MeetingLocked: 'MeetingLocked',
  InvalidDataFormat: 'InvalidDataFormat',
  InvalidEmailAddress: 'InvalidEmailAddress',
  InvalidRegistrationID: 'InvalidRegistrationID',
  RegistrationIDIsRequired: 'RegistrationIDIsRequired',
  LoginRequired: 'LoginRequired',
  TeleConferenceLineReserveFail: 'TeleConferenceLineReserveFail',
  MeetingScheduleFail: 'MeetingScheduleFail',
} as const;

/** One of the RS codes above, e.g. `'AlreadyLogon'`. */
export type KnownRsCode = (typeof RsCode)[keyof typeof RsCode];

/** Every RS (reason) code the catalogue explains, in its canonical spelling. */
export const KNOWN_RS_CODES: readonly KnownRsCode[] = Object.values(RsCode);

/** Other spellings WebEx pages and documents use for the same code. */
const ALIASES: Record<string, KnownRsCode> = {
  badwebidorpassword: RsCode.BadWebExIDorPassword,
};

function foldKey(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const BY_FOLDED_KEY = new Map<string, KnownRsCode>([
  ...KNOWN_RS_CODES.map((code): [string, KnownRsCode] => [foldKey(code), code]),
  ...Object.entries(ALIASES),
]);

/** The known code `code` spells (any case, spaces or underscores ignored), if any. */
export function knownRsCode(code: string): KnownRsCode | undefined {
  return BY_FOLDED_KEY.get(foldKey(code));
}

/** The canonical spelling of a known code; anything else comes back unchanged. */
export function canonicalRsCode(code: string): string {
  return knownRsCode(code) ?? code;
}
