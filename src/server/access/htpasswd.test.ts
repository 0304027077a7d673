import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { parseHtpasswd } from './htpasswd';

// What `htpasswd -nbB alice secret` prints: bcrypt with Apache's $2y$ prefix.
const ALICE = bcrypt.hashSync('secret', 4).replace(/^\$2b\$/, '$2y$');

describe('parseHtpasswd', () => {
  it('reads bcrypt entries and skips comments and blank lines', () => {
    const { entries, skipped } = parseHtpasswd(`# team\n\nalice:${ALICE}\r\n`);
    expect([...entries.keys()]).toEqual(['alice']);
    expect(skipped).toEqual([]);
  });

  it('accepts $2y$ hashes as htpasswd -B writes them', async () => {
    const hash = parseHtpasswd(`alice:${ALICE}`).entries.get('alice') ?? '';
    expect(await bcrypt.compare('secret', hash)).toBe(true);
    expect(await bcrypt.compare('Secret', hash)).toBe(false);
  });

  it('skips weak or malformed entries with a note that names the user, never the hash', () => {
    const md5 = 'bob:$apr1$Qc0Pq2T1$4oUSZb6bYq3aYbWqG0u1m1';
    const sha = 'carol:{SHA}5en6G6MezRroT3XKqkdPOmY/BfQ=';
    const { entries, skipped } = parseHtpasswd(
      [md5, sha, 'no-colon', `alice:${ALICE}`, `alice:${ALICE}`].join('\n'),
    );
    expect([...entries.keys()]).toEqual(['alice']);
    expect(skipped).toEqual([
      'line 1 (bob): not a bcrypt hash; write it with htpasswd -B',
      'line 2 (carol): not a bcrypt hash; write it with htpasswd -B',
      'line 3: not "user:hash"',
      'line 5 (alice): the user appears again; the first entry counts',
    ]);
    expect(skipped.join('\n')).not.toContain('$apr1$');
  });
});
