import { authenticate } from '../auth.ts';
import type { Operation } from '../context.ts';
import { detailXml, findHostedMeeting } from '../meetings.ts';
import { NS } from '../namespaces.ts';

export const getMeeting: Operation = {
  namespace: NS.meet,
  family: 'meeting',
  responseType: 'meet:getMeetingResponse',
  run(context) {
    return detailXml(findHostedMeeting(context, authenticate(context)));
  },
};
