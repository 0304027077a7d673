import { describe, expect, it } from 'vitest';
import { readCookie, SessionKeeper, sessionCookie } from './sessions';

const KEY = Buffer.alloc(32, 7);

function keeper(idleMs = 60 * 60_000) {
  let now = 1_000_000;
  const sessions = new SessionKeeper(KEY, idleMs, () => now);
  return { sessions, advance: (ms: number) => (now += ms) };
}

describe('SessionKeeper', () => {
  it('reads back the sessions it issued', () => {
    const { sessions } = keeper();
    const session = sessions.issue('alice');
    expect(sessions.decode(sessions.encode(session))).toEqual(session);
  });

  it('rejects a cookie whose payload or signature was changed, or signed with another key', () => {
    const { sessions } = keeper();
    const value = sessions.encode(sessions.issue('alice'));
    const [payload, signature] = value.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify(['root', 'x', Date.now()])).toString('base64url');
    expect(sessions.decode(`${forged}.${signature}`)).toBeUndefined();
    expect(sessions.decode(`${payload}.${signature.slice(1)}`)).toBeUndefined();
    expect(sessions.decode(`${payload}`)).toBeUndefined();
    const other = new SessionKeeper(Buffer.alloc(32, 8), 60_000);
    expect(other.decode(value)).toBeUndefined();
  });

  it('expires a session left idle, and a touched one lives on', () => {
    const { sessions, advance } = keeper(10 * 60_000);
    const session = sessions.issue('alice');
    advance(9 * 60_000);
    const touched = sessions.touched(session);
    if (!touched) throw new Error('expected the session to be re-issued');
    advance(9 * 60_000);
    expect(sessions.decode(sessions.encode(session))).toBeUndefined();
    expect(sessions.decode(sessions.encode(touched))).toMatchObject({ user: 'alice' });
  });

  it('does not re-issue a cookie on every request', () => {
    const { sessions, advance } = keeper();
    const session = sessions.issue('alice');
    advance(5_000);
    expect(sessions.touched(session)).toBeUndefined();
  });

  it('ends a signed-out session', () => {
    const { sessions } = keeper();
    const session = sessions.issue('alice');
    sessions.revoke(session);
    expect(sessions.decode(sessions.encode(session))).toBeUndefined();
  });
});

describe('session cookies', () => {
  it('are HttpOnly, SameSite=Strict, for the whole console, and Secure under TLS', () => {
    expect(sessionCookie('v', { maxAgeMs: 60_000, secure: false })).toBe(
      'stadium_session=v; Path=/; Max-Age=60; HttpOnly; SameSite=Strict',
    );
    expect(sessionCookie('v', { maxAgeMs: 60_000, secure: true })).toMatch(/; Secure$/);
  });

  it('are found among other cookies', () => {
    expect(readCookie('a=1; stadium_session=x.y; b=2', 'stadium_session')).toBe('x.y');
    expect(readCookie(undefined, 'stadium_session')).toBeUndefined();
  });
});
