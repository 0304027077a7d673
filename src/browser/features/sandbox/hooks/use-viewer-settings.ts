import { useSearchWriter } from '../../../shared/url/use-search-writer';
import type { ViewerSettings } from '../components/file-viewer';

/** The file viewer's settings in the URL: `follow=1`, `wrap=1`, `q=<search>`. */
export function useViewerSettings() {
  const [search, write] = useSearchWriter();
  const settings: ViewerSettings = {
    following: search.get('follow') === '1',
    wrap: search.get('wrap') === '1',
    query: search.get('q') ?? '',
  };
  const onChange = (change: Partial<ViewerSettings>) =>
    write((next) => {
      const flag = (key: string, on: boolean | undefined) => {
        if (on === undefined) return;
        if (on) next.set(key, '1');
        else next.delete(key);
      };
      flag('follow', change.following);
      flag('wrap', change.wrap);
      if (change.query !== undefined) {
        if (change.query) next.set('q', change.query);
        else next.delete('q');
      }
      return next;
    });
  return { search, settings, onChange };
}
