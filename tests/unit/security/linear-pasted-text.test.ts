import { describe, it } from 'vitest';
import { explainCommandLink } from '../../../lib/explainer/decode/command-link';
import { decodeBackUrl } from '../../../lib/explainer/decode/decode-back-url';
import { decodeInput, MAX_DECODE_INPUT } from '../../../lib/explainer/decode/decode-input';
import { decodeXmlResponse } from '../../../lib/explainer/decode/decode-xml-response';
import { splitHttpAnswer } from '../../../lib/explainer/decode/http-answer';
import { redirectTarget } from '../../../lib/explainer/decode/redirect-page';
import { parseOriginInput } from '../../../lib/explainer/origin-input';
import { parseEmailList } from '../../../lib/meetings/email-list';
import { parseSiteInput } from '../../../lib/webex/site';
import { escapeXmlText } from '../../../lib/webex/xml/text';
import { expectLinear, pathologicalInputs } from './pathological';

// Everything that reads what a host pastes or types: Decode and each reader behind it (called
// directly too, below Decode's own length cap), the invitee list, site and page addresses.
// 100 000 repeats of each troublesome unit; each must answer (or refuse) within the bound.
/** Escaped XML text of at most a sixteenth of Decode's cap (escaping at most quadruples it). */
function fitted(text: string): string {
  return escapeXmlText(text.slice(0, MAX_DECODE_INPUT / 16));
}

const READERS: Record<string, (text: string) => unknown> = {
  'Decode, as pasted': decodeInput,
  'Decode, as pasted, cut to its length cap': (text) => decodeInput(text.slice(-MAX_DECODE_INPUT)),
  'Decode, after an HTTP status line': (text) =>
    decodeInput(`HTTP/1.1 200 OK\r\n${text}`.slice(0, MAX_DECODE_INPUT)),
  'the XML answer reader': decodeXmlResponse,
  'the XML answer reader, inside a SUCCESS': (text) =>
    decodeXmlResponse(
      `<serv:message><serv:header><serv:response><serv:result>SUCCESS</serv:result></serv:response></serv:header><serv:body><serv:bodyContent xsi:type="${text}">${text}`,
    ),
  'the URL API XML answer reader': (text) => decodeXmlResponse(`<wbxapi><return>${text}`),
  // Well-formed, so the readers behind the parser (answer content, open meetings) run too; the
  // text cut so that the answer fits Decode's length cap, the only way to reach these readers.
  'a well-formed SUCCESS answer': (text) => {
    const escaped = fitted(text).replace(/"/g, '&quot;');
    return decodeXmlResponse(
      `<serv:message><serv:header><serv:response><serv:result>SUCCESS</serv:result></serv:response></serv:header><serv:body><serv:bodyContent xsi:type="meet:getjoinurlMeetingResponse${escaped}"><meet:joinMeetingURL>${escaped}</meet:joinMeetingURL><meet:inviteMeetingURL>${escaped}</meet:inviteMeetingURL></serv:bodyContent></serv:body></serv:message>`,
    );
  },
  'a well-formed URL API answer': (text) =>
    decodeXmlResponse(
      `<ListOpenMeetings><Status>SUCCESS</Status><MeetingKeys>${fitted(text)}</MeetingKeys><X>${fitted(text)}</X></ListOpenMeetings>`,
    ),
  'the HTTP answer splitter': splitHttpAnswer,
  'the HTTP answer splitter, after a status line': (text) =>
    splitHttpAnswer(`HTTP/1.1 302 Found\r\n${text}`),
  'the HTTP answer splitter, in a Location header': (text) =>
    splitHttpAnswer(`HTTP/1.1 302 Found\r\nLocation: ${text}`),
  'the redirect page reader': redirectTarget,
  'the redirect page reader, in a script string': (text) =>
    redirectTarget(`<script>location.href="${text}`),
  'the command link reader': explainCommandLink,
  'the command link reader, in a query': (text) =>
    explainCommandLink(`https://acme.webex.com/acme/p.php?AT=LI&MU=${text}`),
  'the back URL decoder': decodeBackUrl,
  'the invitee list': parseEmailList,
  'the invitee list, as named addresses': (text) => parseEmailList(`"${text}" <${text}@${text}>`),
  'the site name input': parseSiteInput,
  'the result origin input': parseOriginInput,
};

describe.each(Object.entries(READERS))('%s reads hostile text in linear time', (_, read) => {
  it.each(pathologicalInputs())('%s x 100 000', (_unit, text) => expectLinear(read, text));
});
