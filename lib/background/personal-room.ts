import { t } from '../i18n';
import type { Reply } from '../messaging';
import { toRestSession } from '../webex/account-backend';
import { WebExError } from '../webex/errors';
import { isRestSession } from '../webex/types';
import { notRestAccountError } from './account-errors';
import type { BackgroundEnv } from './environment';
import { withSession } from './session-access';
import { checkedTicketLink } from './start-link-check';

function noPersonalRoomError(): WebExError {
  const explanation = {
    title: t('meetings.personalRoom.none.title'),
    meaning: t('meetings.personalRoom.none.meaning'),
    action: t('meetings.personalRoom.none.action'),
  };
  return new WebExError('input', explanation.title, explanation);
}

/**
 * Starts the REST host's Personal Room: `POST /meetings/join` by its `personalMeetingRoomLink`
 * gives a one-time `startLink`, opened in a new tab only when https on the host's site. The
 * reply never carries the link. Fails `input` for an XML account or a profile without a room.
 */
export function startPersonalRoom(env: BackgroundEnv): Promise<Reply<{ opened: true }>> {
  return withSession(env, async (session, found) => {
    if (!isRestSession(session)) throw notRestAccountError();
    const room = found.account.profile.personalRoom;
    if (!room) throw noPersonalRoomError();
    const link = await env.restBackend.personalRoomUrl(toRestSession(session), room.link);
    await env.tabs.create({ url: checkedTicketLink(link, session.site), active: true });
    return { opened: true as const };
  });
}
