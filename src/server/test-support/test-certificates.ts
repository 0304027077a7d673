import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCertificates {
  dir: string;
  /** The private CA's certificate (PEM file): give it as --ca-file or to a client. */
  caFile: string;
  /** A certificate the CA signed for localhost and 127.0.0.1, and its key (PEM files). */
  certFile: string;
  keyFile: string;
  ca: Buffer;
  cert: Buffer;
  key: Buffer;
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'pipe' });
}

/** A throwaway private CA and a server certificate it signed, made with the machine's openssl. */
export function generateTestCertificates(): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'stadium-tls-'));
  openssl(
    [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2'],
      ...['-keyout', 'ca.key', '-out', 'ca.pem', '-subj', '/CN=Stadium test CA'],
    ],
    dir,
  );
  openssl(
    [
      ...['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key'],
      ...['-out', 'server.csr', '-subj', '/CN=localhost'],
    ],
    dir,
  );
  writeFileSync(join(dir, 'san.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
  openssl(
    [
      ...['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key'],
      ...['-CAcreateserial', '-days', '2', '-out', 'server.pem', '-extfile', 'san.ext'],
    ],
    dir,
  );
  const caFile = join(dir, 'ca.pem');
  const certFile = join(dir, 'server.pem');
  const keyFile = join(dir, 'server.key');
  return {
    dir,
    caFile,
    certFile,
    keyFile,
    ca: readFileSync(caFile),
    cert: readFileSync(certFile),
    key: readFileSync(keyFile),
  };
}
