import { describe, it } from 'vitest';
import { pageWithoutResult } from '../../../lib/explainer/page-without-result';
import { siteOfPage } from '../../../lib/explainer/page-site';
import { buildIcs } from '../../../lib/meetings/ics';
import { labelOffsetMinutes, siteZoneRule } from '../../../lib/webex/site-time-zones';
import { parseBackUrlResult } from '../../../lib/webex/url/back-url';
import { looksLikeWebExResult } from '../../../lib/webex/url/looks-like-result';
import { carriesPasswordParameter } from '../../../lib/webex/url/password-guard';
import { decodeValue } from '../../../lib/webex/url/percent-decoding';
import {
  looksLikeHtml,
  looksLikeXmlApiMessage,
  readBodyContent,
  saysXmlApiIsOff,
} from '../../../lib/webex/xml/response';
import { rejectHttpError } from '../../../lib/webex/xml/transport';
import { expectLinear, pathologicalInputs } from './pathological';

// Everything that reads text a WebEx server or a web page's address supplies, fed 100 000
// repeats of each troublesome unit. Each must answer (or refuse) within the bound.
const CONTEXT = {
  operation: 'GetUser',
  site: { name: 'acme', origin: 'https://acme.webex.com' },
} as const;

const READERS: Record<string, (text: string) => unknown> = {
  'the XML API answer reader': (text) => readBodyContent(text, CONTEXT),
  'the same, after a declaration': (text) =>
    readBodyContent(`<?xml version="1.0"?>${text}`, CONTEXT),
  'the same, inside a message': (text) =>
    readBodyContent(`<serv:message><serv:header>${text}`, CONTEXT),
  'the "looks like a message" check': looksLikeXmlApiMessage,
  'the "looks like HTML" check': (text) => looksLikeHtml(text, 'text/xml'),
  'the "API is off" reason check': saysXmlApiIsOff,
  'the HTTP error check': (text) =>
    rejectHttpError({ status: 404, contentType: '', body: text }, CONTEXT),
  "a time zone label's offset": labelOffsetMinutes,
  "a time zone label's place": (text) => siteZoneRule(9999, -540, text, 0),
  'the calendar file': (text) =>
    buildIcs({ uid: text, startsAt: 0, durationMinutes: 30, summary: text, url: text, now: 0 }),
  'the back URL parser': parseBackUrlResult,
  'the back URL parser, in a query': (text) =>
    parseBackUrlResult(`https://a.webex.com/?AT=HM&ST=FAIL&RS=${text}`),
  'the result detector': looksLikeWebExResult,
  "the page's site": (text) => siteOfPage(`https://${text}.webex.com/`),
  'the page without its result': (text) => pageWithoutResult(`https://a.webex.com/?${text}`),
  'the password parameter guard': carriesPasswordParameter,
  'percent decoding': decodeValue,
};

describe.each(Object.entries(READERS))('%s reads hostile text in linear time', (_, read) => {
  it.each(pathologicalInputs())('%s x 100 000', (_unit, text) => expectLinear(read, text));
});
