import { findHost, findHostByEmail } from '../../config.ts';
import { authenticate } from '../auth.ts';
import type { Operation } from '../context.ts';
import { childText } from '../document.ts';
import { group, tag } from '../escape.ts';
import { EXCEPTIONS, XmlFailure } from '../exceptions.ts';
import { timeZoneLabel } from '../meetings.ts';
import { NS } from '../namespaces.ts';

/**
 * A host may read their own record; another user's needs site-admin privilege (000001).
 * `webExId` may hold the user's email address, as after a sign-in by email (the security
 * context names the host by `email`, and only GetUser's answer tells the WebEx ID).
 */
export const getUser: Operation = {
  namespace: NS.use,
  family: 'user',
  responseType: 'use:getUserResponse',
  run(context) {
    const caller = authenticate(context);
    const wanted = childText(context.body, 'webExId') ?? '';
    const user = findHost(context.site, wanted) ?? findHostByEmail(context.site, wanted);
    if (!user) throw new XmlFailure(EXCEPTIONS.userNotFound);
    if (user !== caller) throw new XmlFailure(EXCEPTIONS.noPrivilege);
    const userId = 10_000_000 + context.site.hosts.indexOf(user) + 1;
    return [
      tag('use:firstName', user.firstName),
      tag('use:lastName', user.lastName),
      tag('use:webExId', user.webExId),
      tag('use:email', user.email),
      tag('use:password', '******'),
      tag('use:expirationDate', 'none'),
      group(
        'use:meetingTypes',
        user.meetingTypes.map((id) => tag('use:meetingType', id)),
      ),
      tag('use:timeZoneID', user.timeZoneID),
      tag('use:timeZone', timeZoneLabel(user.timeZoneID)),
      group('use:privilege', [
        tag('use:host', true),
        tag('use:siteAdmin', false),
        tag('use:attendeeOnly', false),
      ]),
      tag('use:language', 'ENGLISH'),
      tag('use:locale', 'U.S.'),
      tag('use:active', 'ACTIVATED'),
      group('use:sessionOptions', [
        tag('use:defaultSessionType', user.meetingTypes[0] ?? ''),
        tag('use:defaultServiceType', 'MeetingCenter'),
      ]),
      tag('use:languageID', 1),
      tag('use:userId', userId),
      tag('use:passwordExpires', false),
      tag('use:passwordDaysLeft', 0),
    ];
  },
};
