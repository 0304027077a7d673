import { readFileSync } from 'node:fs';
import { createSecureContext, rootCertificates } from 'node:tls';
import { X509Certificate } from 'node:crypto';
import { readFlagFile } from './read-flag-file';

export interface ServerTls {
  cert: Buffer;
  key: Buffer;
}

/** Debian's (and most distributions') bundle of the CAs the system trusts. */
const SYSTEM_CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

/** Certificate and key for HTTPS; a missing file, a bad PEM or a mismatched pair fails here. */
export function loadServerTls(certFile: string, keyFile: string): ServerTls {
  const cert = readFlagFile('--tls-cert', certFile);
  const key = readFlagFile('--tls-key', keyFile);
  try {
    new X509Certificate(cert);
  } catch (error) {
    throw new Error(`--tls-cert ${certFile} is not a PEM certificate`, { cause: error });
  }
  try {
    createSecureContext({ cert, key });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `--tls-key ${keyFile} is not the private key of --tls-cert ${certFile} (${reason})`,
      { cause: error },
    );
  }
  return { cert, key };
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/**
 * The CAs https:// upstreams are verified against: Node's bundled roots, the system bundle when
 * there is one, and the certificates of --ca-file (a private CA).
 */
export function upstreamCertificateAuthorities(caFile: string | undefined): string[] {
  const extra = caFile === undefined ? [] : readCaFile(caFile);
  let system: string[] = [];
  try {
    system = readFileSync(SYSTEM_CA_BUNDLE, 'utf8').match(PEM_CERTIFICATE) ?? [];
  } catch {
    // No system bundle on this machine: Node's own roots still apply.
  }
  return [...rootCertificates, ...system, ...extra];
}

function readCaFile(caFile: string): string[] {
  const pems = readFlagFile('--ca-file', caFile).toString('utf8').match(PEM_CERTIFICATE) ?? [];
  if (pems.length === 0) throw new Error(`--ca-file ${caFile} holds no PEM certificate`);
  for (const pem of pems) {
    try {
      new X509Certificate(pem);
    } catch (error) {
      throw new Error(`--ca-file ${caFile} holds a certificate that cannot be read`, {
        cause: error,
      });
    }
  }
  return pems;
}
