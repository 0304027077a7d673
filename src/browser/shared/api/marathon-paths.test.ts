import { describe, expect, it } from 'vitest';
import { appApiPath, embedQuery, writeQuery } from './marathon-paths';

describe('Marathon paths', () => {
  it('puts app ids in the URL without the leading slash, each segment encoded', () => {
    expect(appApiPath('/prod/web')).toBe('/api/marathon/v2/apps/prod/web');
    expect(appApiPath('/a b')).toBe('/api/marathon/v2/apps/a%20b');
  });

  it('repeats embed and writes only the flags that are set', () => {
    expect(embedQuery(['app.tasks', 'app.counts'])).toBe('embed=app.tasks&embed=app.counts');
    expect(writeQuery({ force: true, partialUpdate: false, scale: undefined })).toBe(
      '?force=true&partialUpdate=false',
    );
    expect(writeQuery({ force: undefined })).toBe('');
  });
});
