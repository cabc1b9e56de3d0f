import { describe, expect, it } from 'vitest';
import { validateAgainstXsd } from '../support/xsd.ts';
import { meetingBody, meetingCalls, useSandbox } from './test-setup.ts';
import { ALICE, BOB, DANA } from './test-xml.ts';

const DURATION_REFUSED = ['060016', 'Meeting duration exceeds the maximum allowed on this site'];

describe('XMLService LstMeetingType and the meeting type limits', { timeout: 30_000 }, () => {
  const fx = useSandbox();
  const { create } = meetingCalls(fx);
  const listTypes = (credentials = ALICE, body = '') =>
    fx.call(credentials, 'mtgtype:lstMeetingType', body);

  it('lists the site types with names, product prefix and maxMeetingDuration (meetingtype.xsd)', async () => {
    const reply = await listTypes();
    expect(reply.result).toBe('SUCCESS');
    expect(reply.text).toContain('xsi:type="mtgtype:lstMeetingTypeResponse"');
    expect(reply.value('total')).toBe('2');
    const types = reply.all('meetingType').map((type) => ({
      id: String((type.meetingTypeID as unknown[])[0]),
      name: String((type.name as unknown[])[0]),
      displayName: type.displayName ? String((type.displayName as unknown[])[0]) : undefined,
      prefix: String((type.productCodePrefix as unknown[])[0]),
      max: JSON.stringify(type.limits),
    }));
    expect(types).toEqual([
      {
        id: '74377',
        name: 'Meeting Center Pro',
        displayName: undefined,
        prefix: 'PRO',
        max: expect.stringContaining('"1440"'),
      },
      {
        id: '74378',
        name: 'Meeting Center Pro 1000',
        displayName: 'Pro 1000 (large meetings)',
        prefix: 'PRO1000',
        max: expect.stringContaining('"180"'),
      },
    ]);
    // The answer follows the published schema (element order included).
    expect((await validateAgainstXsd(reply.text)).errors).toEqual([]);
  });

  it('only the asked meetingTypeIDs; a request the schema accepts; none of them: 000015', async () => {
    const one = await listTypes(BOB, '<mtgtype:meetingTypeID>74378</mtgtype:meetingTypeID>');
    expect(one.all('meetingType')).toHaveLength(1);
    expect(one.value('maxMeetingDuration')).toBe('180');
    expect(fx.sandbox.requests.at(-1)).toMatchObject({
      operation: 'LstMeetingType',
      xsdValid: true,
    });
    const none = await listTypes(ALICE, '<mtgtype:meetingTypeID>99</mtgtype:meetingTypeID>');
    expect(none.exceptionId).toBe('000015');
  });

  it('needs a live ticket or password like every operation', async () => {
    const reply = await listTypes({ site: 'acme', webExID: 'alice', sessionTicket: 'nope' });
    expect(reply.exceptionId).toBe('030047');
  });

  it('strict: one type, 40 minutes', async () => {
    const reply = await listTypes(DANA);
    expect([reply.value('name'), reply.value('maxMeetingDuration')]).toEqual([
      'Meeting Center',
      '40',
    ]);
  });

  it('CreateMeeting takes 120 minutes on Meeting Center Pro (1440) and refuses 181 on Pro 1000 (180)', async () => {
    const long = await create(meetingBody({ duration: 120 }), BOB);
    expect(long.result).toBe('SUCCESS');
    const atLimit = await create(meetingBody({ meetingType: 74378, duration: 180 }), BOB);
    expect(atLimit.result).toBe('SUCCESS');
    const over = await create(meetingBody({ meetingType: 74378, duration: 181 }), BOB);
    expect([over.exceptionId, over.reason]).toEqual(DURATION_REFUSED);
    expect(fx.sandbox.state('acme').meetings).toHaveLength(2);
  });
});
