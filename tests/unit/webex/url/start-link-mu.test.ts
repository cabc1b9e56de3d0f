import { describe, expect, it } from 'vitest';
import { buildStartLink } from '../../../../lib/webex/url/links';

// Issue 10, item 12: some start links carry MU without percent-encoding it, so the chained
// command's own parameters look like p.php's. None of them may be lost.

const back = 'https://intranet.example/webex/done?from=helper';

/** What a server reads from a query: decoded once, like PHP's $_GET. */
const param = (url: string, name: string) =>
  new URL(url, 'https://base.example').searchParams.get(name);

describe('buildStartLink with an MU that is not percent-encoded', () => {
  it('keeps the meeting key of an MU that is not percent-encoded (issue 10, item 12)', () => {
    const link = buildStartLink(
      'https://acme.webex.com/acme/p.php?AT=LI&TK=t&MU=https://acme.webex.com/acme/m.php?AT=HM&MK=180208468&Rnd=0.41',
      back,
    );
    expect([...new URL(link).searchParams.keys()]).toEqual(['AT', 'TK', 'MU', 'BU']);
    const mu = param(link, 'MU')!;
    expect(mu.startsWith('https://acme.webex.com/acme/m.php?')).toBe(true);
    expect(param(mu, 'AT')).toBe('HM');
    expect(param(mu, 'MK')).toBe('180208468');
    expect(param(mu, 'Rnd')).toBe('0.41');
    expect(param(mu, 'BU')).toBe(back);
    expect(param(link, 'BU')).toBe(back);
  });

  it('leaves p.php its own parameters and gives every other piece to a raw MU', () => {
    const link = buildStartLink(
      'https://acme.webex.com/acme/p.php?AT=LI&MU=/acme/m.php?AT=JM&MK=123456789&WID=jdoe&TK=t&AN=Ann%20Lee&BU=old',
      back,
    );
    expect([...new URL(link).searchParams.keys()]).toEqual(['AT', 'MU', 'WID', 'TK', 'BU']);
    const mu = param(link, 'MU')!;
    expect(param(mu, 'MK')).toBe('123456789');
    expect(param(mu, 'AN')).toBe('Ann Lee');
    expect(param(mu, 'BU')).toBe(back);
  });
});
