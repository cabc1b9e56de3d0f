import type { Agent } from 'undici';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startSandbox } from './sandbox.ts';
import { sandboxAgent, TestBrowser } from './test-client.ts';
import { ALICE, postXml, request, type Credentials, type XmlReply } from './test-xml.ts';
import type { Sandbox } from './types.ts';

export interface SandboxFixture {
  readonly sandbox: Sandbox;
  readonly agent: Agent;
  /** POSTs a namespaced request to https://SITE.webex.com/WBXService/XMLService. */
  call(credentials: Credentials, type: string, body?: string): Promise<XmlReply>;
  post(url: string, body: string): Promise<XmlReply>;
  browser(): TestBrowser;
}

/** One sandbox per test file, reset before every test. */
export function useSandbox(): SandboxFixture {
  let sandbox: Sandbox | undefined;
  let agent: Agent | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox();
    agent = sandboxAgent(sandbox);
  });
  afterAll(async () => {
    await agent?.close();
    await sandbox?.close();
  });
  beforeEach(() => sandbox?.reset());
  const fixture: SandboxFixture = {
    get sandbox() {
      if (!sandbox) throw new Error('sandbox not started');
      return sandbox;
    },
    get agent() {
      if (!agent) throw new Error('sandbox not started');
      return agent;
    },
    call: (credentials, type, body = '') =>
      postXml(
        fixture.agent,
        `https://${credentials.site}.webex.com/WBXService/XMLService`,
        request(credentials, type, body),
      ),
    post: (url, body) => postXml(fixture.agent, url, body),
    browser: () => new TestBrowser(fixture.agent),
  };
  return fixture;
}

/** Body of a CreateMeeting request, with sensible defaults. */
export function meetingBody(
  options: {
    confName?: string;
    meetingType?: number;
    password?: string;
    startDate?: string;
    duration?: number;
    timeZoneID?: number;
    attendees?: { name: string; email: string; role: string }[];
  } = {},
): string {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\r/g, '&#13;');
  const parts: string[] = [];
  if (options.password !== undefined) {
    parts.push(
      `<meet:accessControl><meet:meetingPassword>${escape(options.password)}</meet:meetingPassword></meet:accessControl>`,
    );
  }
  parts.push(
    `<meet:metaData><meet:confName>${escape(options.confName ?? 'Weekly sync')}</meet:confName>` +
      (options.meetingType !== undefined
        ? `<meet:meetingType>${options.meetingType}</meet:meetingType>`
        : '') +
      '</meet:metaData>',
  );
  if (options.attendees) {
    const attendees = options.attendees
      .map(
        (attendee) =>
          `<meet:attendee><att:person><com:name>${escape(attendee.name)}</com:name><com:email>${escape(attendee.email)}</com:email></att:person><att:role>${attendee.role}</att:role></meet:attendee>`,
      )
      .join('');
    parts.push(
      `<meet:participants><meet:attendees>${attendees}</meet:attendees></meet:participants>`,
    );
  }
  parts.push(
    '<meet:schedule>' +
      `<meet:startDate>${options.startDate ?? '06/03/2025 10:00:00'}</meet:startDate>` +
      (options.timeZoneID !== undefined
        ? `<meet:timeZoneID>${options.timeZoneID}</meet:timeZoneID>`
        : '') +
      `<meet:duration>${options.duration ?? 30}</meet:duration>` +
      '</meet:schedule>',
  );
  return parts.join('');
}

/** CreateMeeting, and requests that carry only a meetingKey (GetMeeting, DelMeeting, ...). */
export function meetingCalls(fx: SandboxFixture) {
  return {
    create: (body = meetingBody(), credentials: Credentials = ALICE) =>
      fx.call(credentials, 'meet:createMeeting', body),
    keyed: (type: string, key: string, credentials: Credentials = ALICE) =>
      fx.call(credentials, type, `<meet:meetingKey>${key}</meet:meetingKey>`),
  };
}
