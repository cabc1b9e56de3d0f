import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { generateRestTypes, TYPES_PATH, usedPart } from '../../../../scripts/rest-types';
import { restOpenApiPath } from '../../../support/reference';

// lib/webex/rest/openapi.ts comes from Cisco's description through openapi-typescript; a copy
// edited by hand, or left behind when the description or generator changed, fails here.

test('the committed REST types are what `npm run rest:types` generates now', async () => {
  const committed = readFileSync(TYPES_PATH, 'utf8');
  expect(committed === (await generateRestTypes())).toBe(true);
}, 60_000);

test('the generator keeps the operations the client calls and the components they reach', () => {
  const spec = JSON.parse(readFileSync(restOpenApiPath, 'utf8'));
  const part = usedPart(spec) as { paths: Record<string, object>; components: { schemas: object } };
  expect(Object.keys(part.paths).sort()).toEqual([
    '/meetingPreferences',
    '/meetings',
    '/meetings/join',
    '/meetings/sessionTypes',
    '/meetings/{meetingId}',
    '/people/me',
  ]);
  expect(Object.keys(part.paths['/meetings/{meetingId}']!)).not.toContain('patch');
  expect(Object.keys(part.components.schemas)).toContain('CreateMeetingObject');
  expect(Object.keys(part.components.schemas)).not.toContain('RecordingObject');
});
