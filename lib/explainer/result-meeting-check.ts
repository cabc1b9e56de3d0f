/**
 * What the background knows about the meeting a result names (describeResultMeeting and
 * startResultMeeting for a page, describePastedMeeting and startPastedMeeting for Decode's
 * paste): the host's own meeting on the signed-in site, with its topic and start from WebEx
 * (GetMeeting), or why Start must not be offered. Never a link or ticket.
 */
export type ResultMeetingCheck =
  | {
      mayStart: true;
      meetingKey: string;
      /** The topic as WebEx holds it (the host's own words, not the page's). */
      topic: string;
      /** Epoch ms. */
      startsAt: number;
    }
  | { mayStart: false; refusal: ResultMeetingRefusal };

/** Why the panel may not start the meeting a result page names. */
export type ResultMeetingRefusal =
  /** Nobody is signed in to the extension. */
  | { reason: 'signedOut' }
  /** The page is not on the signed-in site: both hosts, e.g. `evil.webex.com`, `acme.webex.com`. */
  | { reason: 'otherSite'; pageHost: string; siteHost: string }
  /** No meeting with this number that the signed-in host hosts (absent, or someone else's). */
  | { reason: 'notHostsMeeting'; meetingKey: string; webExId: string; siteHost: string }
  /** The address's MK is not a meeting number (digits only). */
  | { reason: 'notAMeetingNumber' };
