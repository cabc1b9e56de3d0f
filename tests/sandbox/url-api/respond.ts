import { HTML, send } from '../http.ts';
import { redirectPage } from '../html.ts';
import { resultTarget, type CommandResult } from './back-url.ts';
import { param, type UrlApiContext } from './context.ts';

export interface PageText {
  title: string;
  message: string;
}

const DONE: PageText = { title: 'Cisco Webex', message: 'Please wait…' };

/** Ends a command: a 200 page that sends the browser to BU (or the landing page) with the result. */
export function finish(
  context: UrlApiContext,
  result: CommandResult,
  options: { text?: PageText; setCookie?: string } = {},
): void {
  const target = resultTarget(context, param(context, 'BU'), result);
  goTo(context, target, options.text, options.setCookie);
}

export function goTo(
  context: UrlApiContext,
  target: string,
  text = DONE,
  setCookie?: string,
): void {
  send(
    context.response,
    200,
    HTML,
    redirectPage(text.title, text.message, target),
    setCookie ? { 'Set-Cookie': setCookie } : {},
  );
}

export function fail(context: UrlApiContext, command: string, reason: string): void {
  finish(context, [
    ['AT', command],
    ['ST', 'FAIL'],
    ['RS', reason],
  ]);
}
