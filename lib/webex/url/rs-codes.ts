/** Every RS (reason) code the catalogue explains, in its canonical spelling. */
export const KNOWN_RS_CODES = [
  'AccessDenied',
  'AlreadyLogon',
  'AutoLoginDisabled',
  'BadWebExIDorPassword',
  'DoNotSupportAPI',
  'EmailConflict',
  'NoMeetingTypeSupport',
  'SiteDoNotSupportThisMeetingType',
  'PartnerIDError',
  'TheDurationIsExceedTheMaxDuration',
  'Unknown',
  'WebExIDConflict',
  'AccountLocked',
  'InvalidSessionTicket',
  'InvalidTicket',
  'MeetingNotInProgress',
  'InvalidMeetingKeyOrPassword',
  'InvalidMeetingKey',
  'MeetingLocked',
  'InvalidDataFormat',
  'InvalidEmailAddress',
  'InvalidRegistrationID',
  'RegistrationIDIsRequired',
  'LoginRequired',
  'TeleConferenceLineReserveFail',
  'MeetingScheduleFail',
] as const;

export type KnownRsCode = (typeof KNOWN_RS_CODES)[number];

/** Other spellings WebEx pages and documents use for the same code. */
const ALIASES: Record<string, KnownRsCode> = {
  badwebidorpassword: 'BadWebExIDorPassword',
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
