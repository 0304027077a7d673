import { describe, expect, it } from 'vitest';
import { redactUserinfo } from './redact-secrets';

describe('redactUserinfo', () => {
  it.each([
    ['zk://ops:s3cret@h1:2181,h2:2181/mesos', 'zk://ops:***@h1:2181,h2:2181/mesos'],
    [
      'http://ops:s3cret@m1:5050,https://admin:p%40ss@m2:5050',
      'http://ops:***@m1:5050,https://admin:***@m2:5050',
    ],
    ['http://t0ken@m1:5050', 'http://***@m1:5050'],
    [
      '--mesos "zk://ops:s3cret@h 1:2181/mesos" has an invalid host',
      '--mesos "zk://ops:***@h 1:2181/mesos" has an invalid host',
    ],
    ['http://m1:5050,zk://h1:2181/mesos', 'http://m1:5050,zk://h1:2181/mesos'],
  ])('%s -> %s', (text, shown) => {
    expect(redactUserinfo(text)).toBe(shown);
    expect(redactUserinfo(text)).not.toMatch(/s3cret|p%40ss|t0ken/);
  });
});
