import type * as v from 'valibot';
import type { MessageData, MessageType } from './messaging';
import {
  dismissResultSchema,
  keepSignedInSchema,
  meetingKeySchema,
  pastedMeetingSchema,
  noData,
  openExtensionPageSchema,
  renewTicketSchema,
  resultPanelSetupSchema,
  scheduleMeetingSchema,
  signInSchema,
  signOutSchema,
  tokenSignInSchema,
  chooseSiteSchema,
  webexIntegrationSchema,
} from './message-schemas';

/**
 * Who may send a message (checked by lib/background/message-guard.ts):
 * - `extensionPages`: this extension's own pages (popup, options), never a content script;
 * - `resultPanel`: this extension's content script (the result detector or the panel) in a
 *   frame whose address is a WebEx result page on a result origin (https://*.webex.com or an
 *   origin the host added in Options);
 * - `extensionPagesOrResultPanel`: either.
 */
export type SenderPolicy = 'extensionPages' | 'resultPanel' | 'extensionPagesOrResultPanel';

/** One message's sender policy and the shape its data must have. */
export interface MessageRule<K extends MessageType> {
  senders: SenderPolicy;
  data: v.GenericSchema<unknown, MessageData<K>>;
}

/**
 * Every message of lib/messaging.ts's protocol: who may send it and its data's shape. A message
 * without a rule does not compile; the background refuses, before any handler runs, a message
 * from a sender its policy does not admit or with data that does not fit.
 */
export const MESSAGE_RULES = {
  getAccount: { senders: 'extensionPages', data: noData },
  signIn: { senders: 'extensionPages', data: signInSchema },
  renewTicket: { senders: 'extensionPages', data: renewTicketSchema },
  signOut: { senders: 'extensionPages', data: signOutSchema },
  setKeepSignedIn: { senders: 'extensionPages', data: keepSignedInSchema },
  signInWithWebex: { senders: 'extensionPages', data: keepSignedInSchema },
  signInWithToken: { senders: 'extensionPages', data: tokenSignInSchema },
  renewWebexSignIn: { senders: 'extensionPages', data: noData },
  chooseSite: { senders: 'extensionPages', data: chooseSiteSchema },
  startPersonalRoom: { senders: 'extensionPages', data: noData },
  // The integration's settings (Options): the secret goes in, never out.
  getWebexIntegration: { senders: 'extensionPages', data: noData },
  setWebexIntegration: { senders: 'extensionPages', data: webexIntegrationSchema },
  scheduleMeeting: { senders: 'extensionPages', data: scheduleMeetingSchema },
  getLastScheduleJob: { senders: 'extensionPages', data: noData },
  listMeetings: { senders: 'extensionPages', data: noData },
  startMeeting: { senders: 'extensionPages', data: meetingKeySchema },
  joinLinks: { senders: 'extensionPages', data: meetingKeySchema },
  // A meeting password for the host's own invitation: the popup and options page only.
  meetingPassword: { senders: 'extensionPages', data: meetingKeySchema },
  deleteMeeting: { senders: 'extensionPages', data: meetingKeySchema },
  showResultPanel: { senders: 'resultPanel', data: noData },
  openExtensionPage: { senders: 'resultPanel', data: openExtensionPageSchema },
  resultPanelSetup: { senders: 'resultPanel', data: resultPanelSetupSchema },
  dismissResult: { senders: 'resultPanel', data: dismissResultSchema },
  // The panel's Start: the background checks the page's site and the meeting with WebEx itself.
  describeResultMeeting: { senders: 'resultPanel', data: meetingKeySchema },
  startResultMeeting: { senders: 'resultPanel', data: meetingKeySchema },
  // Decode's Start: the pasted address's meeting, checked with WebEx as the panel's is.
  describePastedMeeting: { senders: 'extensionPages', data: pastedMeetingSchema },
  startPastedMeeting: { senders: 'extensionPages', data: pastedMeetingSchema },
} satisfies { [K in MessageType]: MessageRule<K> };

/** True when X and Y are the same type (not merely assignable one way). */
type Same<X, Y> =
  (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;

/**
 * The messages whose schema does not describe exactly their data (none): a field added to the
 * protocol, even an optional one, names its message here until its schema names the field.
 */
type MismatchedSchemas = {
  [K in MessageType]: Same<
    v.InferOutput<(typeof MESSAGE_RULES)[K]['data']>,
    MessageData<K>
  > extends true
    ? never
    : K;
}[MessageType];

/** Checked by the compiler: an error here names a message whose schema and data differ. */
export const SCHEMAS_MATCH_PROTOCOL: [MismatchedSchemas] extends [never]
  ? true
  : MismatchedSchemas = true;
