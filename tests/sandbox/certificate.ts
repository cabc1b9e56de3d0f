import { generateKeyPairSync } from 'node:crypto';
import { generate } from 'selfsigned';

export interface Certificate {
  key: string;
  cert: string;
}

/**
 * A throw-away self-signed certificate for *.webex.com, webexapis.com, localhost, 127.0.0.1 and
 * `extraHosts`,
 * made at every start and never written to disk.
 */
export function createCertificate(extraHosts: readonly string[]): Certificate {
  // Node makes the key far faster than node-forge would; selfsigned only signs with it.
  const keyPair = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const dnsNames = ['*.webex.com', 'webex.com', 'webexapis.com', 'localhost', ...extraHosts];
  const options = {
    keyPair: { publicKey: keyPair.publicKey, privateKey: keyPair.privateKey },
    days: 30,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', keyCertSign: true, digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...dnsNames.map((value) => ({ type: 2, value })), { type: 7, ip: '127.0.0.1' }],
      },
    ],
  };
  const pems = generate([{ name: 'commonName', value: 'WebEx sandbox (test only)' }], options);
  return { key: pems.private, cert: pems.cert };
}
