import { createHash, X509Certificate } from 'node:crypto';
import {
  missingPackages,
  missingPackagesSentence,
  stopForMissing,
} from '../support/prerequisites.ts';

// `npm run sandbox`: the sandbox on a fixed port, on the real clock, for demos and manual tests.
// What it needs is checked first, and the sandbox loaded after, so that a missing package or a
// busy port reads as one sentence rather than a stack trace.
const missing = missingPackagesSentence(missingPackages(['selfsigned', 'fast-xml-parser']));
if (missing) stopForMissing(missing);
const { loadDefaultConfig, maxDurationOf } = await import('./config.ts');
const { startSandbox } = await import('./sandbox.ts');
const { restAccountLines } = await import('./rest/describe.ts');
const { REST_HOST } = await import('./routing.ts');

const port = Number(process.env.SANDBOX_PORT ?? 8443);
const config = loadDefaultConfig();
const sandbox = await startSandbox({ port, config, clock: 'real' }).catch((error: unknown) => {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    stopForMissing(
      `The sandbox cannot start: port ${port} is in use; stop what uses it or set SANDBOX_PORT to a free port.`,
    );
  }
  throw error;
});

const hosts = [
  ...config.sites.map((site) => `${site.name}.webex.com`),
  ...config.extraHosts,
  REST_HOST,
];
const rules = hosts.map((host) => `MAP ${host} 127.0.0.1:${sandbox.port}`).join(',');
const spki = new X509Certificate(sandbox.certificatePem).publicKey.export({
  type: 'spki',
  format: 'der',
});
const spkiHash = createHash('sha256').update(spki).digest('base64');

const lines = [
  `WebEx sandbox listening on ${sandbox.url} (test use only)`,
  '',
  'Sites:',
  ...config.sites.map(
    (site) =>
      `  https://${site.name}.webex.com  XML API ${site.xmlApiEnabled ? 'on' : 'OFF (404)'}, ` +
      (site.singleSignOn ? 'single sign-on (passwords refused: 030103), ' : '') +
      `meeting password ${site.requiresMeetingPassword ? 'required' : 'optional'}, ` +
      `meeting types ${site.meetingTypes.map((type) => `${type.id} ${type.displayName ?? type.name} (${maxDurationOf(site, type)} min)`).join(', ')}`,
  ),
  '',
  'Accounts (webExId / password):',
  ...config.sites.flatMap((site) => [
    ...site.hosts.map(
      (host) =>
        `  ${site.name}: ${host.webExId} / ${host.password ?? '(SSO: no WebEx password)'}  <${host.email}>  types ${host.meetingTypes.join(',')}  timeZoneID ${host.timeZoneID}`,
    ),
    ...site.attendees.map(
      (attendee) =>
        `  ${site.name}: attendee only, no account: ${attendee.name} <${attendee.email}>`,
    ),
  ]),
  '',
  ...restAccountLines(config),
  '',
  `Other hosts: ${config.extraHosts.map((host) => `https://${host}/landing.html`).join(', ') || 'none'}`,
  '',
  'Reach it from Chromium with:',
  `  --host-resolver-rules="${rules}" --ignore-certificate-errors`,
  `  (or, instead of --ignore-certificate-errors: --ignore-certificate-errors-spki-list=${spkiHash})`,
  '',
  'XML API: POST https://SITE.webex.com/WBXService/XMLService   REST API: https://webexapis.com/v1',
  'Ctrl+C to stop.',
];
console.log(lines.join('\n'));

const stop = () => {
  void sandbox.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
