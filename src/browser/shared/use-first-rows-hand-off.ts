import { useEffect } from 'react';
import { handOffFirstRows } from './first-rows';

/**
 * Hands over from the server's first rows when `ready` (the page's own rows, or its error, are
 * rendered) and whenever the page goes away, so no other page stays behind the server's rows.
 */
export function useFirstRowsHandOff(ready: boolean): void {
  useEffect(() => {
    if (ready) handOffFirstRows();
  }, [ready]);
  useEffect(() => handOffFirstRows, []);
}
