import { describe, expect, it } from 'vitest';
import { matchPatternOf, parseOriginInput } from '../../../lib/explainer/origin-input';

describe('parseOriginInput', () => {
  it.each<[string, string, string]>([
    [
      'https://intranet.example.test/landing.html',
      'https://intranet.example.test',
      'https://intranet.example.test/*',
    ],
    ['intranet.example.test', 'https://intranet.example.test', 'https://intranet.example.test/*'],
    [
      '  HTTPS://Intranet.Example.Test/a?b=c#d  ',
      'https://intranet.example.test',
      'https://intranet.example.test/*',
    ],
    ['http://lms.local:8080/course', 'http://lms.local', 'http://lms.local/*'],
    ['http://10.0.0.5/x', 'http://10.0.0.5', 'http://10.0.0.5/*'],
  ])('%s -> %s', (input, origin, matchPattern) => {
    // Plain http is allowed (an intranet page may offer nothing else) but flagged for a warning.
    const plainHttp = origin.startsWith('http:');
    expect(parseOriginInput(input)).toEqual({ ok: true, origin, matchPattern, plainHttp });
    expect(matchPatternOf(origin)).toBe(matchPattern);
  });

  it.each<[string, RegExp]>([
    ['', /Enter the address/],
    ['   ', /Enter the address/],
    ['*.example.com', /without wildcards/],
    ['https://*/*', /without wildcards/],
    ['ftp://files.example.com', /Only http and https/],
    ['javascript:alert(1)', /not a web address|Only http/],
    ['https://user:pw@intranet.example.test', /user names and passwords/],
    ['https://acme.webex.com/acme/', /always covered/],
    ['webex.com', /always covered/],
    ['https://exa mple.com', /not a web address|not a host name/],
    ['https://<script>/', /not a web address|not a host name/],
  ])('refuses %j', (input, problem) => {
    const parsed = parseOriginInput(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });
});
