import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import type { ProtocolMap } from '../messaging';
import { getAccount, reauthenticate, setKeepSignedIn, signIn, signOut } from './account';
import type { BackgroundEnv } from './environment';
import { deleteMeeting, joinLinks, listMeetings } from './meetings';
import { createScheduleService } from './schedule';
import { startMeeting } from './start-meeting';

type AccountAndMeetingMessages =
  | 'getAccount'
  | 'signIn'
  | 'reauthenticate'
  | 'signOut'
  | 'setKeepSignedIn'
  | 'scheduleMeeting'
  | 'getLastScheduleJob'
  | 'listMeetings'
  | 'startMeeting'
  | 'joinLinks'
  | 'deleteMeeting';

type Handler<P> =
  GetDataType<P> extends undefined
    ? () => Promise<GetReturnType<P>>
    : (data: GetDataType<P>) => Promise<GetReturnType<P>>;

export type BackgroundServices = {
  [K in AccountAndMeetingMessages]: Handler<ProtocolMap[K]>;
};

/** One handler per message of the account and meetings protocol, bound to its environment. */
export function createBackgroundServices(env: BackgroundEnv): BackgroundServices {
  const scheduler = createScheduleService(env);
  return {
    getAccount: () => getAccount(env),
    signIn: (form) => signIn(env, form),
    reauthenticate: (data) => reauthenticate(env, data),
    signOut: () => signOut(env),
    setKeepSignedIn: (data) => setKeepSignedIn(env, data),
    scheduleMeeting: (data) => scheduler.scheduleMeeting(data),
    getLastScheduleJob: () => scheduler.getLastScheduleJob(),
    listMeetings: () => listMeetings(env),
    startMeeting: (data) => startMeeting(env, data),
    joinLinks: (data) => joinLinks(env, data),
    deleteMeeting: (data) => deleteMeeting(env, data),
  };
}
