import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  basicAuthorization,
  loadUpstreamCredential,
  parseCredentialText,
} from './upstream-credentials';

describe('upstream credentials', () => {
  it('reads principal:secret, the secret may hold colons', () => {
    expect(parseCredentialText('stadium:s3:cr3t\n', 'test')).toEqual({
      principal: 'stadium',
      secret: 's3:cr3t',
    });
  });

  it('refuses other shapes without echoing the text', () => {
    for (const text of ['', 'no-colon-secret', ':secret', 'user:', 'a:b\nc:d']) {
      expect(() => parseCredentialText(text, '--mesos-credentials f')).toThrow(
        '--mesos-credentials f must hold one line "principal:secret"',
      );
    }
    expect(() => parseCredentialText('hunter2', 'X')).not.toThrow(/hunter2/);
  });

  it('takes the file before the environment variable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stadium-credentials-'));
    const file = join(dir, 'mesos');
    writeFileSync(file, 'from-file:one\n');
    const env = { STADIUM_MESOS_CREDENTIALS: 'from-env:two' };
    expect(loadUpstreamCredential('mesos', file, env)?.principal).toBe('from-file');
    expect(loadUpstreamCredential('mesos', undefined, env)?.principal).toBe('from-env');
    expect(loadUpstreamCredential('marathon', undefined, env)).toBeUndefined();
    expect(() => loadUpstreamCredential('marathon', join(dir, 'missing'), {})).toThrow(
      /--marathon-credentials .*missing cannot be read \(ENOENT\)/,
    );
  });

  it('is sent as HTTP Basic', () => {
    expect(basicAuthorization({ principal: 'stadium', secret: 'pw' })).toBe(
      `Basic ${Buffer.from('stadium:pw').toString('base64')}`,
    );
  });
});
