import { connect } from 'node:tls';
import { request as undiciRequest } from 'undici';
import { describe, expect, it } from 'vitest';
import { startSandbox } from './sandbox.ts';
import { sandboxFetch } from './test-client.ts';
import { useSandbox } from './test-setup.ts';
import { ALICE, DANA, ERIN, request } from './test-xml.ts';

describe('hosts, HTTPS and headers', { timeout: 30_000 }, () => {
  const fx = useSandbox();
  const fetchAny = (url: string, init?: Parameters<ReturnType<typeof sandboxFetch>>[1]) =>
    sandboxFetch(fx.agent)(url, init);

  it.each([
    'acme.webex.com',
    'strict.webex.com',
    'intranet.example.test',
    'localhost',
    '127.0.0.1',
  ])('serves %s with a certificate that verifies against certificatePem', async (host) => {
    const path =
      host === 'intranet.example.test' ? '/landing.html' : '/mywebex/default.do?siteurl=acme';
    const response = await fetchAny(`https://${host}${path}`);
    expect(response.status).toBe(200);
  });

  it('serves the REST API on webexapis.com only, over the same certificate', async () => {
    const rest = await fetchAny('https://webexapis.com/v1/people/me');
    expect([rest.status, rest.headers.get('content-type')]).toEqual([
      401,
      'application/json;charset=UTF-8',
    ]);
    expect((await fetchAny('https://acme.webex.com/v1/people/me')).status).toBe(404);
    expect((await fetchAny('https://webexapis.com/WBXService/XMLService')).status).toBe(404);
  });

  it('has a certificate that does not cover other names', async () => {
    const error = await new Promise<Error>((resolve) => {
      const socket = connect({
        host: '127.0.0.1',
        port: fx.sandbox.port,
        servername: 'webex.example.org',
        ca: fx.sandbox.certificatePem,
      });
      socket.once('secureConnect', () => resolve(new Error('connected')));
      socket.once('error', resolve);
    });
    expect((error as NodeJS.ErrnoException).code).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
  });

  it('makes a new certificate at every start, and can serve plain HTTP', async () => {
    const other = await startSandbox({ https: false });
    try {
      expect(fx.sandbox.certificatePem).toMatch(/^-----BEGIN CERTIFICATE-----/);
      expect(other.certificatePem).toBe('');
      expect(other.url).toBe(`http://127.0.0.1:${other.port}`);
      const response = await fetch(`${other.url}/acme/backurl-test.html?a=1`);
      expect(await response.text()).toContain('<pre id="query">a=1</pre>');
    } finally {
      await other.close();
    }
  });

  it('sends no CORS header, on XML answers or on preflights', async () => {
    const origin = { origin: 'chrome-extension://abcdefghijklmnop' };
    const answers = [
      await fetchAny('https://acme.webex.com/WBXService/XMLService', {
        method: 'POST',
        headers: { ...origin, 'content-type': 'text/xml' },
        body: request(ALICE, 'use:getUser', '<use:webExId>alice</use:webExId>'),
      }),
      await fetchAny('https://acme.webex.com/WBXService/XMLService', {
        method: 'OPTIONS',
        headers: {
          ...origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      }),
      await fetchAny('https://acme.webex.com/acme/p.php?AT=LO', { headers: origin }),
    ];
    for (const answer of answers) {
      expect(
        [...answer.headers.keys()].filter((name) => name.startsWith('access-control-')),
      ).toEqual([]);
    }
    expect(answers[1]!.status).toBe(200);
  });

  it('takes the site from siteName, which must match SITE.webex.com (000000 otherwise)', async () => {
    const onAcmeForStrict = await fx.post(
      'https://acme.webex.com/WBXService/XMLService',
      request(DANA, 'use:getUser', '<use:webExId>dana</use:webExId>'),
    );
    expect([onAcmeForStrict.result, onAcmeForStrict.exceptionId]).toEqual(['FAILURE', '000000']);
    const onLoopback = await fx.post(
      `${fx.sandbox.url}/WBXService/XMLService`,
      request(DANA, 'use:getUser', '<use:webExId>dana</use:webExId>'),
    );
    expect(onLoopback.value('webExId')).toBe('dana');
    const unknownSite = await fx.post(
      `${fx.sandbox.url}/WBXService/XMLService`,
      request({ ...ALICE, site: 'nosuch' }, 'use:getUser', '<use:webExId>alice</use:webExId>'),
    );
    expect(unknownSite.exceptionId).toBe('000000');
  });

  it.each([
    ['https://retired.webex.com/WBXService/XMLService', 'POST'],
    ['LOOPBACK/WBXService/XMLService', 'POST'],
    ['https://retired.webex.com/retired/p.php?AT=LO', 'GET'],
    ['https://retired.webex.com/retired/m.php?AT=JM&MK=123456789', 'GET'],
  ])('answers 404 with an HTML page for a site whose XML API is off: %s', async (url, method) => {
    const response = await fetchAny(url.replace('LOOPBACK', fx.sandbox.url), {
      method,
      body:
        method === 'POST'
          ? request(ERIN, 'use:getUser', '<use:webExId>erin</use:webExId>')
          : undefined,
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    expect(await response.text()).toContain('<h1>Not Found</h1>');
  });

  it('still serves the landing page of a site whose XML API is off', async () => {
    expect(
      (await fetchAny('https://retired.webex.com/mywebex/default.do?siteurl=retired')).status,
    ).toBe(200);
  });

  it.each([
    ['https://acmee.webex.com/WBXService/XMLService', 'POST'],
    ['https://nosuch.webex.com/nosuch/p.php?AT=LO', 'GET'],
    ['https://nosuch.webex.com/', 'GET'],
  ])(
    'sends a site name no site has on to www.webex.com (302), as WebEx: %s',
    async (url, method) => {
      const response = await fetchAny(url, {
        method,
        redirect: 'manual',
        body: method === 'POST' ? request(ALICE, 'use:getUser') : undefined,
      });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('https://www.webex.com/');
      const home = await fetchAny(response.headers.get('location')!);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('<h1>Webex</h1>');
      expect(fx.sandbox.requests).toEqual([]);
    },
  );

  it.each([
    ['a page of www.webex.com other than its home', 'https://www.webex.com/acme/p.php?AT=LO'],
    ["another site's page on a site host", 'https://acme.webex.com/strict/p.php?AT=LO'],
    ['an unknown page', 'https://acme.webex.com/acme/x.php'],
    ['a site page on an extra host', 'https://intranet.example.test/acme/p.php?AT=LO'],
    ['the XMLService on an extra host', 'https://intranet.example.test/WBXService/XMLService'],
  ])('answers 404 to %s', async (_, url) => {
    expect((await fetchAny(url)).status).toBe(404);
  });

  it('answers 404 to a Host header it does not serve', async () => {
    const response = await undiciRequest(`${fx.sandbox.url}/mywebex/default.do?siteurl=acme`, {
      dispatcher: fx.agent,
      headers: { host: 'www.example.test' },
    });
    expect(response.statusCode).toBe(404);
    await response.body.text();
  });

  it('refuses GET on the XMLService', async () => {
    const response = await fetchAny('https://acme.webex.com/WBXService/XMLService');
    expect([response.status, response.headers.get('allow')]).toEqual([405, 'POST']);
  });
});
