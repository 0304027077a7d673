import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFlagFile } from './read-flag-file';

export const SESSION_COOKIE = 'stadium_session';
export const DEFAULT_SESSION_IDLE_MINUTES = 480;
/** A session's cookie is re-issued (sliding its idle deadline) at most this often. */
const REFRESH_AFTER_MS = 60_000;
const MIN_KEY_BYTES = 32;

export interface Session {
  user: string;
  /** Random id: sign-out revokes it. */
  id: string;
  /** When the browser last used it (ms); the idle deadline runs from here. */
  seen: number;
}

/** The key sessions are signed with: --session-key-file, or random at each start. */
export function loadSessionKey(file: string | undefined): Buffer {
  if (file === undefined) return randomBytes(MIN_KEY_BYTES);
  const key = readFlagFile('--session-key-file', file);
  if (key.length < MIN_KEY_BYTES) {
    throw new Error(
      `--session-key-file ${file} must hold at least ${MIN_KEY_BYTES} bytes ` +
        '(e.g. head -c 32 /dev/urandom > FILE)',
    );
  }
  return key;
}

/**
 * Signed, stateless session cookies (HMAC-SHA256 over the user, id and last use), with idle
 * expiry and sign-out. The role is not in the cookie: it is looked up in the user files at each
 * request, so a change to the files applies at once.
 */
export class SessionKeeper {
  /** Signed-out session ids until their idle deadline would have passed anyway. */
  private readonly revoked = new Map<string, number>();

  constructor(
    private readonly key: Buffer,
    readonly idleMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  issue(user: string): Session {
    return { user, id: randomBytes(16).toString('base64url'), seen: this.now() };
  }

  encode(session: Session): string {
    const payload = Buffer.from(JSON.stringify([session.user, session.id, session.seen]));
    return `${payload.toString('base64url')}.${this.sign(payload).toString('base64url')}`;
  }

  /** The valid, unexpired, not signed-out session a cookie value carries. */
  decode(value: string | undefined): Session | undefined {
    if (value === undefined) return undefined;
    const [payloadText, signatureText, extra] = value.split('.');
    if (payloadText === undefined || signatureText === undefined || extra !== undefined) {
      return undefined;
    }
    const payload = Buffer.from(payloadText, 'base64url');
    const signature = Buffer.from(signatureText, 'base64url');
    const expected = this.sign(payload);
    if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) {
      return undefined;
    }
    let fields: unknown;
    try {
      fields = JSON.parse(payload.toString('utf8'));
    } catch {
      return undefined;
    }
    if (!Array.isArray(fields)) return undefined;
    const [user, id, seen] = fields as unknown[];
    if (typeof user !== 'string' || typeof id !== 'string' || typeof seen !== 'number') {
      return undefined;
    }
    if (this.now() - seen >= this.idleMs || this.revoked.has(id)) return undefined;
    return { user, id, seen };
  }

  /** The session with its idle deadline moved, when it is time to re-issue its cookie. */
  touched(session: Session): Session | undefined {
    const now = this.now();
    return now - session.seen >= REFRESH_AFTER_MS ? { ...session, seen: now } : undefined;
  }

  /** Whether a session decoded earlier still holds: not signed out, not idle past its limit. */
  holds(session: Session): boolean {
    return this.now() - session.seen < this.idleMs && !this.revoked.has(session.id);
  }

  revoke(session: Session): void {
    const now = this.now();
    for (const [id, until] of this.revoked) if (until <= now) this.revoked.delete(id);
    this.revoked.set(session.id, now + this.idleMs);
  }

  private sign(payload: Buffer): Buffer {
    return createHmac('sha256', this.key).update(payload).digest();
  }
}

export function sessionCookie(value: string, options: { maxAgeMs: number; secure: boolean }) {
  const attributes = [
    `${SESSION_COOKIE}=${value}`,
    'Path=/',
    `Max-Age=${Math.floor(options.maxAgeMs / 1000)}`,
    'HttpOnly',
    'SameSite=Strict',
  ];
  if (options.secure) attributes.push('Secure');
  return attributes.join('; ');
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
