import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  earlyPaletteKeyPressed,
  forgetEarlyPaletteKey,
} from '../../../shared/shortcuts/early-palette-key';
import { isPaletteKey, PALETTE_KEYSHORTCUTS } from '../../../shared/shortcuts/shortcut-keys';
import '../../../shared/ui/header-control.css';

const PaletteDialog = lazy(() => import('./palette-dialog'));

/**
 * The header's Search button and Ctrl+K (Meta+K): both open the search palette, whose code loads
 * the first time it opens.
 */
export function SearchPalette() {
  const { t } = useTranslation('search');
  // Pressed while the console's code was still loading: answered now.
  const [open, setOpen] = useState(earlyPaletteKeyPressed);
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (!isPaletteKey(event) || event.defaultPrevented) return;
      // The browser's own Ctrl+K (its search box) would take the keys otherwise.
      event.preventDefault();
      setOpen(true);
    };
    forgetEarlyPaletteKey();
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
  return (
    <>
      <button
        type="button"
        className="header-control"
        aria-haspopup="dialog"
        aria-keyshortcuts={PALETTE_KEYSHORTCUTS}
        onClick={() => setOpen(true)}
      >
        {t('button')}
        <kbd aria-hidden="true">Ctrl K</kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <PaletteDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
