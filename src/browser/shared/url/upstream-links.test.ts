import { describe, expect, it } from 'vitest';
import { hostPortLink, httpLink } from './upstream-links';

describe('links from upstream data', () => {
  it('keeps http and https URLs', () => {
    expect(httpLink('http://10.0.0.1:8080')).toBe('http://10.0.0.1:8080');
    expect(httpLink('https://marathon.example.com/ui')).toBe('https://marathon.example.com/ui');
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>',
    '//evil',
    'mesos:4400',
    '',
  ])('refuses %j as a link', (text) => {
    expect(httpLink(text)).toBeNull();
  });

  it('builds host:port links only from plain host names and addresses', () => {
    expect(hostPortLink('agent-1.example', 31000)).toBe('http://agent-1.example:31000');
    expect(hostPortLink('10.0.0.7', 80)).toBe('http://10.0.0.7:80');
    expect(hostPortLink('evil.example/x?', 80)).toBeNull();
    expect(hostPortLink('a@evil.example', 80)).toBeNull();
    expect(hostPortLink(null, 80)).toBeNull();
  });
});
