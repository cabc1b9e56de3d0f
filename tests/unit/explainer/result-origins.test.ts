import { describe, expect, it } from 'vitest';
import {
  addResultOrigin,
  DETECTOR_SCRIPT,
  forgetRevokedOrigins,
  listResultOrigins,
  removeResultOrigin,
  syncResultOrigins,
} from '../../../lib/explainer/result-origins';
import { fakeOriginsEnv } from './fake-origins-env';

const INTRANET = 'https://intranet.example.test';
const LMS = 'http://lms.example.test';
const scriptFor = (origin: string) => ({
  id: `result-origin:${origin}`,
  matches: [`${origin}/*`],
  js: [DETECTOR_SCRIPT],
  runAt: 'document_idle',
  persistAcrossSessions: true,
});

describe('addResultOrigin', () => {
  it('stores the granted origin and registers the detector for it', async () => {
    const fake = fakeOriginsEnv({ granted: [`${INTRANET}/*`] });
    await addResultOrigin(fake.env, INTRANET);
    expect(fake.stored()).toEqual([INTRANET]);
    expect(fake.scripts()).toEqual([scriptFor(INTRANET)]);
  });

  it('refuses an origin whose permission was not granted, and registers nothing', async () => {
    const fake = fakeOriginsEnv();
    await expect(addResultOrigin(fake.env, INTRANET)).rejects.toThrow(/not granted.*Allow/);
    expect(fake.stored()).toEqual([]);
    expect(fake.scripts()).toEqual([]);
  });

  it('adding the same origin twice keeps one entry and one script', async () => {
    const fake = fakeOriginsEnv({ granted: [`${INTRANET}/*`] });
    await addResultOrigin(fake.env, INTRANET);
    await addResultOrigin(fake.env, INTRANET);
    expect(fake.stored()).toEqual([INTRANET]);
    expect(fake.scripts()).toHaveLength(1);
  });
});

describe('removeResultOrigin', () => {
  it('unregisters the detector, forgets the origin and gives the permission back', async () => {
    const fake = fakeOriginsEnv({ granted: [`${INTRANET}/*`, `${LMS}/*`] });
    await addResultOrigin(fake.env, INTRANET);
    await addResultOrigin(fake.env, LMS);
    await removeResultOrigin(fake.env, INTRANET);
    expect(fake.stored()).toEqual([LMS]);
    expect(fake.scripts()).toEqual([scriptFor(LMS)]);
    expect(fake.granted()).toEqual([`${LMS}/*`]);
  });
});

describe('listResultOrigins', () => {
  it('says which stored origins still have their permission', async () => {
    const fake = fakeOriginsEnv({ granted: [`${LMS}/*`], stored: [INTRANET, LMS] });
    expect(await listResultOrigins(fake.env)).toEqual([
      { origin: INTRANET, granted: false },
      { origin: LMS, granted: true },
    ]);
  });
});

describe('syncResultOrigins', () => {
  it('registers granted origins whose script is missing (e.g. after an update)', async () => {
    const fake = fakeOriginsEnv({ granted: [`${INTRANET}/*`], stored: [INTRANET] });
    await syncResultOrigins(fake.env);
    expect(fake.scripts()).toEqual([scriptFor(INTRANET)]);
  });

  it('forgets and unregisters origins whose permission was revoked elsewhere', async () => {
    const fake = fakeOriginsEnv({
      granted: [`${LMS}/*`],
      stored: [INTRANET, LMS],
      registered: [scriptFor(INTRANET), scriptFor(LMS)],
    });
    await syncResultOrigins(fake.env);
    expect(fake.stored()).toEqual([LMS]);
    expect(fake.scripts()).toEqual([scriptFor(LMS)]);
  });

  it('leaves scripts registered by other features alone', async () => {
    const other = { id: 'something-else', matches: ['https://x.test/*'], js: ['other.js'] };
    const fake = fakeOriginsEnv({ registered: [other] });
    await syncResultOrigins(fake.env);
    expect(fake.scripts()).toEqual([other]);
  });

  it('does nothing when all is in order', async () => {
    const fake = fakeOriginsEnv({
      granted: [`${INTRANET}/*`],
      stored: [INTRANET],
      registered: [scriptFor(INTRANET)],
    });
    await syncResultOrigins(fake.env);
    expect(fake.scripts()).toEqual([scriptFor(INTRANET)]);
    expect(fake.stored()).toEqual([INTRANET]);
  });
});

describe('forgetRevokedOrigins', () => {
  it('drops exactly the origins whose pattern was removed', async () => {
    const fake = fakeOriginsEnv({ granted: [`${LMS}/*`, `${INTRANET}/*`] });
    await addResultOrigin(fake.env, INTRANET);
    await addResultOrigin(fake.env, LMS);
    await forgetRevokedOrigins(fake.env, [`${INTRANET}/*`, 'https://unrelated.test/*']);
    expect(fake.stored()).toEqual([LMS]);
    expect(fake.scripts()).toEqual([scriptFor(LMS)]);
  });

  it('ignores removals that concern no added origin', async () => {
    const fake = fakeOriginsEnv({ granted: [`${INTRANET}/*`] });
    await addResultOrigin(fake.env, INTRANET);
    await forgetRevokedOrigins(fake.env, ['https://*/*']);
    expect(fake.stored()).toEqual([INTRANET]);
    expect(fake.scripts()).toHaveLength(1);
  });
});
