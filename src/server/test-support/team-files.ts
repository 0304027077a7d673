import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { CONSOLE } from './console-request';

export interface TestPerson {
  user: string;
  password: string;
}

export const OPERATOR: TestPerson = { user: 'olga', password: 'operator-password' };
export const VIEWER: TestPerson = { user: 'victor', password: 'viewer-password' };

/** An htpasswd line as `htpasswd -nbB` prints it ($2y$, a low cost to keep tests quick). */
export function htpasswdLine({ user, password }: TestPerson): string {
  return `${user}:${bcrypt.hashSync(password, 4).replace(/^\$2b\$/, '$2y$')}`;
}

/** --operators and --viewers files with one person each, and a folder for other files. */
export function writeTeamFiles(): { operators: string; viewers: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'stadium-team-'));
  const operators = join(dir, 'operators.htpasswd');
  const viewers = join(dir, 'viewers.htpasswd');
  writeFileSync(operators, `${htpasswdLine(OPERATOR)}\n`);
  writeFileSync(viewers, `${htpasswdLine(VIEWER)}\n`);
  return { operators, viewers, dir };
}

export interface SignInAnswer {
  status: number;
  /** The session cookie as a Cookie header value (name=value), when one was set. */
  cookie?: string;
  /** The Set-Cookie header as sent. */
  setCookie: string[];
  body: unknown;
}

/** Signs in through /api/session as the console does. */
export async function signIn(baseUrl: string, person: TestPerson): Promise<SignInAnswer> {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { ...CONSOLE, 'content-type': 'application/json' },
    body: JSON.stringify({ username: person.user, password: person.password }),
  });
  const setCookie = response.headers.getSetCookie();
  const cookie = setCookie[0]?.split(';')[0];
  return {
    status: response.status,
    setCookie,
    body: await response.json(),
    ...(cookie !== undefined && { cookie }),
  };
}
