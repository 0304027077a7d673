import { unwatchFile, watchFile } from 'node:fs';
import bcrypt from 'bcryptjs';
import type { StadiumLog } from '../leaders/leader-state';
import { parseHtpasswd } from './htpasswd';
import { readFlagFile } from './read-flag-file';

export type Role = 'operator' | 'viewer';

export interface UserFiles {
  operators?: string;
  viewers?: string;
}

/** How often the files' modification times are compared (editors replace files; fs.watch loses them). */
const WATCH_INTERVAL_MS = 500;

/**
 * Compared against when the user is unknown, so an answer takes as long for a name that does not
 * exist as for a wrong password (no user enumeration by timing). Cost 10 as `htpasswd -B`.
 * Written out rather than hashed at load: hashing costs a few hundred ms of CPU at every start.
 */
const UNKNOWN_USER_HASH = '$2b$10$Gkbhkq0AlJ2aZPUqSZp5POmB5laLWZS6.f7IREVlrQEQqav5miXMC';

/**
 * The people of --operators and --viewers. The files are re-read when they change and on
 * reload() (SIGHUP); a file that cannot be read keeps the users it had, with a log line.
 */
export class UserDirectory {
  private users = new Map<string, { role: Role; hash: string }>();
  private readonly watched: string[] = [];

  constructor(
    private readonly files: UserFiles,
    private readonly log: StadiumLog,
  ) {
    // At start an unreadable file is a configuration error, not something to run without.
    this.users = this.read(true) ?? new Map();
  }

  get size(): number {
    return this.users.size;
  }

  roleOf(user: string): Role | undefined {
    return this.users.get(user)?.role;
  }

  /** The user's role when the password matches their bcrypt hash. */
  async verify(user: string, password: string): Promise<Role | undefined> {
    const entry = this.users.get(user);
    const matches = await bcrypt.compare(password, entry?.hash ?? UNKNOWN_USER_HASH);
    return matches && entry ? entry.role : undefined;
  }

  reload(): void {
    const users = this.read(false);
    if (!users) return;
    this.users = users;
    this.log(`access: read ${users.size} users from ${this.fileList()}`);
  }

  watch(): void {
    for (const file of [this.files.operators, this.files.viewers]) {
      if (file === undefined) continue;
      watchFile(file, { interval: WATCH_INTERVAL_MS, persistent: false }, (now, before) => {
        if (now.mtimeMs !== before.mtimeMs || now.size !== before.size) this.reload();
      });
      this.watched.push(file);
    }
  }

  close(): void {
    for (const file of this.watched.splice(0)) unwatchFile(file);
  }

  private fileList(): string {
    return [this.files.operators, this.files.viewers].filter(Boolean).join(' and ');
  }

  private read(atStart: boolean): Map<string, { role: Role; hash: string }> | undefined {
    const users = new Map<string, { role: Role; hash: string }>();
    // Viewers last: a name in both files gets the lesser role.
    const sources: [Role, string | undefined][] = [
      ['operator', this.files.operators],
      ['viewer', this.files.viewers],
    ];
    for (const [role, file] of sources) {
      if (file === undefined) continue;
      const flag = role === 'operator' ? '--operators' : '--viewers';
      let text: string;
      try {
        text = readFlagFile(flag, file).toString('utf8');
      } catch (error) {
        if (atStart) throw error;
        this.log(`access: ${(error as Error).message}; keeping the users read before`);
        return undefined;
      }
      const parsed = parseHtpasswd(text);
      for (const note of parsed.skipped) this.log(`access: ${flag} ${file} ${note}`);
      for (const [user, hash] of parsed.entries) {
        if (users.has(user)) this.log(`access: ${user} is in both files; they are a viewer`);
        users.set(user, { role, hash });
      }
    }
    return users;
  }
}
