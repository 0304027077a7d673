import { describe, expect, it } from 'vitest';
import { formatAddress } from './format-address';
import { formatMegabytes } from './format-megabytes';
import { formatNumber, formatShare } from './format-number';

describe('formatMegabytes', () => {
  it('keeps small values in MB', () => {
    expect(formatMegabytes(512, 'en')).toBe('512 MB');
  });

  it('switches to binary GB and TB', () => {
    expect(formatMegabytes(4096, 'en')).toBe('4 GB');
    expect(formatMegabytes(12288 + 512, 'en')).toBe('12.5 GB');
    expect(formatMegabytes(3 * 1024 * 1024, 'en')).toBe('3 TB');
  });
});

describe('formatNumber', () => {
  it('groups thousands and caps decimals for the locale', () => {
    expect(formatNumber(1234.567, 'en')).toBe('1,234.57');
    expect(formatNumber(0.1 + 0.2, 'en')).toBe('0.3');
  });
});

describe('formatAddress', () => {
  it('keeps host and port of a base URL', () => {
    expect(formatAddress('http://master-1.mesos.test:5050')).toBe('master-1.mesos.test:5050');
    expect(formatAddress('https://10.0.0.1:8443/')).toBe('10.0.0.1:8443');
  });

  it('returns anything that is not a URL unchanged', () => {
    expect(formatAddress('master-1:5050')).toBe('master-1:5050');
  });
});

describe('formatShare', () => {
  it('rounds to whole percent and treats an empty total as 0 %', () => {
    expect(formatShare(1, 3, 'en')).toBe('33%');
    expect(formatShare(5, 0, 'en')).toBe('0%');
  });
});
