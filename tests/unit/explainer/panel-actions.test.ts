import { describe, expect, it } from 'vitest';
import { ACTION_LABELS, usableActions } from '../../../lib/explainer/panel-actions';
import type { ActionId } from '../../../lib/webex/rs-catalogue';

describe('usableActions', () => {
  it.each<
    [
      string,
      ActionId[],
      { meetingKey?: string; siteKnown: boolean; pageOnSite?: boolean },
      ActionId[],
    ]
  >([
    [
      'joins only with a meeting key on the page’s own site',
      ['join-meeting', 'sign-in-on-site', 'dismiss'],
      { meetingKey: '123456789', siteKnown: true, pageOnSite: true },
      ['join-meeting', 'sign-in-on-site', 'dismiss'],
    ],
    [
      'drops join off a WebEx site, and sign-in without a site',
      ['join-meeting', 'sign-in-on-site', 'dismiss'],
      { meetingKey: '123456789', siteKnown: false },
      ['dismiss'],
    ],
    [
      'drops join without a meeting key',
      ['join-meeting', 'dismiss'],
      { siteKnown: true, pageOnSite: true },
      ['dismiss'],
    ],
    [
      'keeps what can be done',
      ['sign-in-on-site', 'copy-details', 'dismiss'],
      { siteKnown: true },
      ['sign-in-on-site', 'copy-details', 'dismiss'],
    ],
    [
      'drops start without a meeting key',
      ['start-meeting', 'dismiss'],
      { siteKnown: true },
      ['dismiss'],
    ],
    [
      'keeps start with a meeting key',
      ['start-meeting', 'copy-details', 'dismiss'],
      { meetingKey: '123', siteKnown: true },
      ['start-meeting', 'copy-details', 'dismiss'],
    ],
    [
      'logs out where the site is known',
      ['sign-out-of-webex', 'dismiss'],
      { siteKnown: true },
      ['sign-out-of-webex', 'dismiss'],
    ],
    [
      'opens the extension where the site is not known',
      ['sign-out-of-webex', 'dismiss'],
      { siteKnown: false },
      ['open-extension', 'dismiss'],
    ],
    [
      'adds dismiss when missing, last',
      ['copy-details'],
      { siteKnown: true },
      ['copy-details', 'dismiss'],
    ],
    [
      'moves dismiss last and drops repeats',
      ['dismiss', 'open-extension', 'sign-out-of-webex'],
      { siteKnown: false },
      ['open-extension', 'dismiss'],
    ],
  ])('%s', (_what, actions, context, expected) => {
    expect(usableActions(actions, context)).toEqual(expected);
  });

  it('has a label for every action', () => {
    for (const label of Object.values(ACTION_LABELS)) expect(label).toMatch(/^[A-Z][\w ]+$/);
  });

  // Issue 13, item 15: each label says what the button does.
  it('labels each action for what it does', () => {
    expect(ACTION_LABELS).toMatchObject({
      'sign-in-on-site': 'Sign in on the WebEx site',
      'sign-out-of-webex': 'Sign out of WebEx',
      'join-meeting': 'Join the meeting',
      'open-settings': 'Open WebEx Host Helper settings',
    });
  });
});
