import { describe, expect, test } from 'vitest';
import {
  buildGetApiVersionRequest,
  getApiVersion,
} from '../../../../lib/webex/xml/operations/get-api-version';
import { scriptedFetch } from './fake-fetch';
import { readFixture } from './fixtures';
import { SITE } from './test-session';

describe('GetAPIVersion', () => {
  test('needs only the site name: no account, no password, no ticket', () => {
    const xml = buildGetApiVersionRequest(SITE);
    expect(xml).toContain(
      '<serv:securityContext><com:siteName>acme</com:siteName></serv:securityContext>',
    );
    expect(xml).toContain('xsi:type="ep:getAPIVersion"');
  });

  test('probes the site and reads the version', async () => {
    const fetch = scriptedFetch({ body: readFixture('get_api_version_response_good.xml') });
    await expect(getApiVersion({ fetch }, SITE)).resolves.toEqual({
      apiVersion: 'WebEx XML API V11.0.0',
      release: 'SP9',
    });
  });

  test('a site with the XML API removed answers 404: xml-api-off', async () => {
    const fetch = scriptedFetch({
      status: 404,
      body: '<html><body>Not Found</body></html>',
      contentType: 'text/html',
    });
    await expect(getApiVersion({ fetch }, SITE)).rejects.toMatchObject({
      kind: 'xml-api-off',
      details: { httpStatus: 404 },
    });
  });
});
