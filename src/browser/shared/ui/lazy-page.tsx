import { lazy, Suspense, type ComponentType } from 'react';
import { LoadingNotice } from './loading-notice';

/**
 * A page whose code loads when it is first shown, not with the console's first bundle; the
 * header and navigation stay on screen with a loading notice meanwhile.
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>): ComponentType {
  const Page = lazy(load);
  return function LazyPage() {
    return (
      <Suspense fallback={<LoadingNotice />}>
        <Page />
      </Suspense>
    );
  };
}
