import fc from 'fast-check';
import { expect, test } from 'vitest';
import { validateManyAgainstXsd } from '../../../support/xsd';
import { ticketCredentials } from '../../../../lib/webex/xml/credentials';
import { buildAuthenticateUserRequest } from '../../../../lib/webex/xml/operations/authenticate-user';
import { buildCreateMeetingRequest } from '../../../../lib/webex/xml/operations/create-meeting';
import { buildGetUserRequest } from '../../../../lib/webex/xml/operations/get-user';
import {
  childNode,
  childNodes,
  childText,
  descend,
  type XmlNode,
} from '../../../../lib/webex/xml/xml-tree';
import { requestBody, requestSecurity } from './request-parts';
import { SESSION, SITE } from './test-session';

// The oracle, written independently of lib/: XML 1.0's Char production, code point by code point.
function xmlLegalPart(text: string): string {
  return [...text]
    .filter((char) => {
      const cp = char.codePointAt(0)!;
      return (
        cp === 0x9 ||
        cp === 0xa ||
        cp === 0xd ||
        (cp >= 0x20 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd) ||
        cp >= 0x10000
      );
    })
    .join('');
}

// One code point (or lone surrogate) per unit, so a length limit counts what the XSD counts.
const singleChar = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom('<', '>', '&', '"', "'", '\r', '\n', '\t', ' ', '😀', '\u0085', '\u2028'),
  fc.constantFrom('\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001F', '\uFFFE', '\uFFFF'),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
);
const nastyPiece = fc.constantFrom(
  ']]>',
  '\r\n',
  '<![CDATA[x]]>',
  '&amp;',
  '&#13;',
  '&nbsp;',
  '<b>bold</b>',
  '👩‍💻',
  '🇩🇪',
  '  ',
);
const freeText = fc.string({ unit: fc.oneof(singleChar, nastyPiece), maxLength: 30 });
// Fields the schema requires (person email, GetUser's webExId) need one legal character.
const requiredText = fc
  .tuple(freeText, fc.constantFrom('a', 'é', '😀', '<', '&', ' '), freeText)
  .map((parts) => parts.join(''));
// The schema caps meetingPassword at 16 characters.
const meetingPassword = fc.string({ unit: singleChar, maxLength: 16 });

const invitee = fc.record({
  name: freeText,
  email: requiredText,
  role: fc.constantFrom('ATTENDEE' as const, 'HOST' as const),
});

const inputs = fc.record({
  webExId: requiredText,
  password: freeText,
  topic: freeText,
  agenda: freeText,
  meetingPassword,
  invitees: fc.array(invitee, { maxLength: 3 }),
});
type Inputs = typeof inputs extends fc.Arbitrary<infer T> ? T : never;

function buildAll(input: Inputs) {
  const session = { ...SESSION, webExId: input.webExId };
  return {
    auth: buildAuthenticateUserRequest(SITE, input.webExId, input.password),
    getUser: buildGetUserRequest(ticketCredentials(session), input.webExId),
    create: buildCreateMeetingRequest(ticketCredentials(session), {
      topic: input.topic,
      agenda: input.agenda,
      meetingPassword: input.meetingPassword,
      startsAt: Date.UTC(2026, 5, 1, 8),
      timeZone: 'Asia/Tokyo',
      durationMinutes: 60,
      invitees: input.invitees,
    }).xml,
  };
}

const textOr = (node: XmlNode | undefined, name: string) => childText(node, name) ?? '';

function readBack(requests: ReturnType<typeof buildAll>) {
  const create = requestBody(requests.create);
  const metaData = childNode(create, 'metaData');
  const attendees = childNodes(descend(create, ['participants', 'attendees']), 'attendee');
  return {
    webExId: textOr(requestSecurity(requests.create), 'webExID'),
    authWebExId: textOr(requestSecurity(requests.auth), 'webExID'),
    password: textOr(requestSecurity(requests.auth), 'password'),
    getUserWebExId: textOr(requestBody(requests.getUser), 'webExId'),
    topic: textOr(metaData, 'confName'),
    agenda: textOr(metaData, 'agenda'),
    meetingPassword: textOr(childNode(create, 'accessControl'), 'meetingPassword'),
    invitees: attendees.map((node) => ({
      name: textOr(childNode(node, 'person'), 'name'),
      email: textOr(childNode(node, 'person'), 'email'),
      role: textOr(node, 'role'),
    })),
  };
}

function expected(input: Inputs) {
  return {
    webExId: xmlLegalPart(input.webExId),
    authWebExId: xmlLegalPart(input.webExId),
    password: xmlLegalPart(input.password),
    getUserWebExId: xmlLegalPart(input.webExId),
    topic: xmlLegalPart(input.topic),
    agenda: xmlLegalPart(input.agenda),
    meetingPassword: xmlLegalPart(input.meetingPassword),
    invitees: input.invitees.map((person) => ({
      name: xmlLegalPart(person.name),
      email: xmlLegalPart(person.email),
      role: person.role,
    })),
  };
}

test('free text survives: every request is XSD-valid and reads back exactly, minus illegal XML characters', async () => {
  const built: { input: Inputs; operation: string; xml: string }[] = [];
  fc.assert(
    fc.property(inputs, (input) => {
      const requests = buildAll(input);
      expect(readBack(requests)).toEqual(expected(input));
      for (const [operation, xml] of Object.entries(requests))
        built.push({ input, operation, xml });
    }),
    { numRuns: 30 },
  );

  // Shrinking makes fast-check rerun the property; validate each distinct document once.
  const distinct = [...new Map(built.map((entry) => [entry.xml, entry])).values()].slice(0, 90);
  expect(distinct.length).toBeGreaterThanOrEqual(60);
  const results = await validateManyAgainstXsd(distinct.map((entry) => entry.xml));
  const problems = results.flatMap((result, index) => {
    const { input, operation } = distinct[index]!;
    if (operation !== 'auth')
      return result.valid ? [] : [{ operation, input, errors: result.errors }];
    // AuthenticateUser differs from the old schema only by its documented missing samlResponse.
    const errors = result.errors.filter((error) => !/fails to validate$/.test(error));
    const onlySaml = errors.length === 1 && /Missing child element.*samlResponse/.test(errors[0]!);
    return onlySaml ? [] : [{ operation, input, errors }];
  });
  expect(problems).toEqual([]);
}, 60_000);
