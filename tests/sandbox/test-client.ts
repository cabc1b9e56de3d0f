import { isIP } from 'node:net';
import { connect } from 'node:tls';
import { Agent, fetch, type RequestInit, type Response } from 'undici';
import type { Sandbox } from './types.ts';

/**
 * Like Chromium's `--host-resolver-rules=MAP * 127.0.0.1:PORT`: every host name (acme.webex.com,
 * intranet.example.test, ...) reaches the sandbox, over TLS checked against its certificate.
 */
export function sandboxAgent(sandbox: Sandbox, options: { connections?: number } = {}): Agent {
  return new Agent({
    ...options,
    connect(options, callback) {
      const socket = connect({
        host: '127.0.0.1',
        port: sandbox.port,
        // The certificate is checked against this name (the URL's host), not against 127.0.0.1.
        servername: isIP(options.hostname) ? undefined : options.hostname,
        ca: sandbox.certificatePem,
        ALPNProtocols: ['http/1.1'],
      });
      socket.once('secureConnect', () => callback(null, socket));
      socket.once('error', (error) => callback(error, null));
    },
  });
}

export function sandboxFetch(agent: Agent) {
  return (url: string, init: RequestInit = {}): Promise<Response> =>
    fetch(url, { ...init, dispatcher: agent, redirect: 'manual' });
}

export interface Visit {
  url: string;
  status: number;
  headers: Headers;
  text: string;
  /** Where the page's script sends the browser (WebEx's 200 + location.href redirect). */
  scriptTarget: string | undefined;
}

interface StoredCookie {
  value: string;
  path: string;
}

/** A minimal browser: a cookie jar per host, pages opened one by one, script redirects followed. */
export class TestBrowser {
  private readonly jar = new Map<string, Map<string, StoredCookie>>();
  private readonly get: ReturnType<typeof sandboxFetch>;

  constructor(agent: Agent) {
    this.get = sandboxFetch(agent);
  }

  async open(url: string, form?: Record<string, string>): Promise<Visit> {
    const target = new URL(url);
    const headers: Record<string, string> = {};
    const cookie = this.cookieHeader(target);
    if (cookie) headers.cookie = cookie;
    if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await this.get(url, {
      method: form ? 'POST' : 'GET',
      headers,
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const line of response.headers.getSetCookie()) this.store(target, line);
    const text = await response.text();
    const match = /location\.href = ("(?:[^"\\]|\\.)*");/.exec(text);
    const scriptTarget = match ? (JSON.parse(match[1] as string) as string) : undefined;
    return {
      url,
      status: response.status,
      headers: response.headers as unknown as Headers,
      text,
      scriptTarget,
    };
  }

  /** Opens `url`, then follows script redirects until a page without one; returns every visit. */
  async follow(url: string, form?: Record<string, string>, maxHops = 6): Promise<Visit[]> {
    const visits = [await this.open(url, form)];
    while (visits.at(-1)?.scriptTarget && visits.length <= maxHops) {
      visits.push(await this.open(visits.at(-1)!.scriptTarget!));
    }
    return visits;
  }

  cookies(host: string): Map<string, StoredCookie> {
    return this.jar.get(host) ?? new Map();
  }

  private store(url: URL, line: string): void {
    const [pair, ...attributes] = line.split(';').map((part) => part.trim());
    const equals = (pair ?? '').indexOf('=');
    const name = (pair ?? '').slice(0, equals);
    const value = (pair ?? '').slice(equals + 1);
    const path = attributes.find((item) => /^path=/i.test(item))?.slice(5) ?? '/';
    const expired = attributes.some((item) => /^max-age=0$/i.test(item));
    const cookies = this.jar.get(url.hostname) ?? new Map<string, StoredCookie>();
    if (expired) cookies.delete(name);
    else cookies.set(name, { value, path });
    this.jar.set(url.hostname, cookies);
  }

  private cookieHeader(url: URL): string {
    return [...this.cookies(url.hostname)]
      .filter(([, cookie]) => url.pathname.startsWith(cookie.path))
      .map(([name, cookie]) => `${name}=${cookie.value}`)
      .join('; ');
  }
}

/** The result parameters a back URL received. */
export function resultOf(url: string | undefined): Record<string, string> {
  return Object.fromEntries(new URL(url ?? 'https://invalid.test/').searchParams);
}
