import { readFileSync } from 'node:fs';

/** The URL API "Common Error Messages" seed the RS catalogue must cover. */
export const SEED_004 = new URL(
  '../../../../shared/seeds/004_7a32c320f71ebeec.txt',
  import.meta.url,
);

/** Where the seed says each code is seen: the URL API command (AT) that returns it. */
export const SEED_RS_CODES_SEEN_WITH: Record<string, string> = {
  AccessDenied: 'HM',
  AlreadyLogon: 'LI',
  AutoLoginDisabled: 'LI',
  BadWebExIDorPassword: 'LI',
  DoNotSupportAPI: 'LI',
  EmailConflict: 'SU',
  NoMeetingTypeSupport: 'SM',
  SiteDoNotSupportThisMeetingType: 'IM',
  PartnerIDError: 'SU',
  TheDurationIsExceedTheMaxDuration: 'SM',
  Unknown: 'SU',
  WebExIDConflict: 'SU',
};

/**
 * Every RS code the seed explains: each heading is the line before "What it means"; a heading
 * may name two codes ("X or Y") and spell one with a space ("Access Denied").
 */
export function seedRsCodes(text = readFileSync(SEED_004, 'utf8')): string[] {
  const lines = text.split(/\r?\n/);
  const codes: string[] = [];
  lines.forEach((line, index) => {
    if (!line.trim().startsWith('What it means')) return;
    const heading = lines
      .slice(0, index)
      .reverse()
      .find((previous) => previous.trim() !== '');
    if (!heading) return;
    for (const name of heading.split(/\s+or\s+/)) codes.push(name.replace(/\s+/g, ''));
  });
  return codes;
}
