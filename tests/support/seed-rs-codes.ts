import { readSeed } from './reference';

/** Where seed 004 says each code is seen: the URL API command (AT) that returns it. */
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

export interface SeedRsCode {
  /** As the seed spells it, e.g. "Access Denied". */
  written: string;
  /** The code WebEx sends in RS, e.g. "AccessDenied". */
  code: string;
}

/**
 * Every RS code seed 004 ("Common Error Messages") explains, in the seed's order: each heading
 * is the line before "What it means"; a heading may name two codes ("X or Y") and spell one
 * with a space ("Access Denied").
 */
export function seedRsCodeEntries(text = readSeed('004')): SeedRsCode[] {
  const lines = text.split(/\r?\n/);
  const entries: SeedRsCode[] = [];
  lines.forEach((line, index) => {
    if (!line.trim().startsWith('What it means')) return;
    const heading = lines
      .slice(0, index)
      .reverse()
      .find((previous) => previous.trim() !== '');
    if (!heading) return;
    for (const written of heading.trim().split(/\s+or\s+/)) {
      entries.push({ written, code: written.replace(/\s+/g, '') });
    }
  });
  return entries;
}

/** The codes of seed 004 as WebEx sends them (no spaces). */
export function seedRsCodes(text?: string): string[] {
  return seedRsCodeEntries(text).map((entry) => entry.code);
}
