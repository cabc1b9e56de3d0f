import { okReply } from '../messaging';
import { getAccount, renewTicket, setKeepSignedIn, signIn, signOut } from './account';
import type { BackgroundEnv } from './environment';
import { deleteMeeting, joinLinks, listMeetings, meetingPassword } from './meetings';
import type { MessageHandlers } from './message-handlers';
import { createScheduleService } from './schedule';
import { startPersonalRoom } from './personal-room';
import { startMeeting } from './start-meeting';
import { chooseSite, renewWebexSignIn, signInWithToken, signInWithWebex } from './webex-account';
import { getWebexIntegration, setWebexIntegration } from './webex-integration';

/** The messages lib/explainer/background.ts answers. */
export type ExplainerMessage =
  | 'showResultPanel'
  | 'openExtensionPage'
  | 'resultPanelSetup'
  | 'dismissResult'
  | 'describeResultMeeting'
  | 'startResultMeeting'
  | 'describePastedMeeting'
  | 'startPastedMeeting';

/** The explainer's handlers (lib/explainer/background.ts), bound to its own environment. */
export type ExplainerHandlers = Pick<MessageHandlers, ExplainerMessage>;

/** Every message's handler: account, scheduling and meetings here, the explainer's passed in. */
export function createMessageHandlers(
  env: BackgroundEnv,
  explainer: ExplainerHandlers,
): MessageHandlers {
  const scheduler = createScheduleService(env);
  return {
    getAccount: async () => okReply(await getAccount(env)),
    signIn: (request) => signIn(env, request),
    renewTicket: (data) => renewTicket(env, data),
    signOut: async (data) => okReply(await signOut(env, data)),
    setKeepSignedIn: async (data) => okReply(await setKeepSignedIn(env, data)),
    signInWithWebex: (data) => signInWithWebex(env, data),
    signInWithToken: (data) => signInWithToken(env, data),
    renewWebexSignIn: () => renewWebexSignIn(env),
    chooseSite: (data) => chooseSite(env, data),
    startPersonalRoom: () => startPersonalRoom(env),
    getWebexIntegration: async () => okReply(await getWebexIntegration(env)),
    setWebexIntegration: (data) => setWebexIntegration(env, data),
    scheduleMeeting: (data) => scheduler.scheduleMeeting(data),
    getLastScheduleJob: async () => okReply(await scheduler.getLastScheduleJob()),
    listMeetings: () => listMeetings(env),
    startMeeting: (data) => startMeeting(env, data),
    joinLinks: (data) => joinLinks(env, data),
    meetingPassword: (data) => meetingPassword(env, data),
    deleteMeeting: (data) => deleteMeeting(env, data),
    ...explainer,
  };
}
