import { describe, expect, it } from 'vitest';
import { siteInputOf } from '../../lib/site-access';
import { parseSiteInput } from '../../lib/webex/site';

describe('siteInputOf (what the sign-in form is prefilled with)', () => {
  it.each([
    [{ name: 'acme', origin: 'https://acme.webex.com' }, 'acme'],
    [{ name: 'corp', origin: 'https://meet.corp.example' }, 'https://meet.corp.example/corp'],
  ])('%o -> %s', (site, expected) => {
    expect(siteInputOf(site)).toBe(expected);
  });

  it.each(['acme', 'https://acme.webex.com/acme', 'https://meet.corp.example/corp'])(
    'prefilling %s and signing in again reaches the same site',
    (input) => {
      const parsed = parseSiteInput(input);
      if (!parsed.ok) throw new Error(parsed.problem);
      const again = parseSiteInput(siteInputOf(parsed.site));
      expect(again).toMatchObject({ ok: true, site: parsed.site });
    },
  );
});
