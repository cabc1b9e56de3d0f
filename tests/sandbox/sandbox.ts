import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createCertificate } from './certificate.ts';
import { createClock, SANDBOX_EPOCH } from './clock.ts';
import { checkConfig, loadDefaultConfig } from './config.ts';
import { createFaultQueue } from './faults.ts';
import { createRestStore } from './rest/state.ts';
import { createRequestHandler } from './server.ts';
import { createState } from './state.ts';
import { createTokenSource } from './tokens.ts';
import type { RecordedRequest, RecordedRestRequest, Sandbox, SandboxOptions } from './types.ts';

/** Starts a WebEx-compatible site on 127.0.0.1 (see README.md). */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const config = checkConfig(options.config ?? loadDefaultConfig());
  const clock = createClock(options.clock ?? SANDBOX_EPOCH);
  const tokens = createTokenSource();
  const state = createState(config, tokens);
  const faults = createFaultQueue();
  const requests: RecordedRequest[] = [];
  const restRequests: RecordedRestRequest[] = [];
  const store = createRestStore(config, clock.now());
  const timers = new Set<NodeJS.Timeout>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const handler = createRequestHandler({
    ...{ config, state, clock, tokens, faults, requests, sleep, store, restRequests },
  });
  const certificate = options.https === false ? undefined : createCertificate(config.extraHosts);
  const server: Server = certificate
    ? createHttpsServer(certificate, handler)
    : createHttpServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `${certificate ? 'https' : 'http'}://127.0.0.1:${port}`,
    certificatePem: certificate?.cert ?? '',
    clock,
    faults: { inject: faults.inject, clear: faults.clear },
    requests,
    rest: {
      get state() {
        return store.state;
      },
      requests: restRequests,
    },
    state: (site) => state.site(site),
    reset() {
      state.reset();
      tokens.reset();
      clock.reset();
      faults.clear();
      requests.length = 0;
      store.reset(clock.now());
      restRequests.length = 0;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
