import { describe, expect, it } from 'vitest';
import { parseZookeeperAddress } from './zookeeper-address';

describe('parseZookeeperAddress', () => {
  it('parses the seed strings from /etc/mesos/zk', () => {
    expect(parseZookeeperAddress('zk://h1:2181,h2:2181,h3:2181/mesos')).toEqual({
      connectionString: 'h1:2181,h2:2181,h3:2181',
      path: '/mesos',
    });
  });

  it('takes digest credentials, nested paths and the default port', () => {
    expect(parseZookeeperAddress('zk://ops:s3cr:et@zk1,10.0.0.2:2182/dc1/marathon/')).toEqual({
      connectionString: 'zk1:2181,10.0.0.2:2182',
      path: '/dc1/marathon',
      auth: { user: 'ops', password: 's3cr:et' },
    });
  });

  it.each([
    'http://h1:2181/mesos',
    'zk://h1:2181',
    'zk://h1:2181/',
    'zk://,h2:2181/mesos',
    'zk://h1:0/m',
  ])('rejects %s', (value) => {
    expect(parseZookeeperAddress(value)).toHaveProperty('error');
  });
});
