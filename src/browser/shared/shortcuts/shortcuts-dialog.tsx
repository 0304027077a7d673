import { Dialog } from 'radix-ui';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GO_TO_KEY, GO_TO_TARGETS, HELP_KEY, SEARCH_KEY } from './shortcut-keys';
import { readShortcutsEnabled, saveShortcutsEnabled } from './shortcuts-preference';
import '../ui/button.css';
import '../ui/dialog.css';
import '../ui/header-control.css';
import './shortcuts-dialog.css';

/**
 * The header's "Keyboard shortcuts" button and the dialog it opens, listing every shortcut and
 * the switch that turns single-key shortcuts off. Focus starts on Close, at the top.
 */
export function ShortcutsDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation('shortcuts');
  const { t: tCommon } = useTranslation();
  const generalId = useId();
  const goToId = useId();
  const hintId = useId();
  const [enabled, setEnabled] = useState(readShortcutsEnabled);
  const toggle = (next: boolean) => {
    saveShortcutsEnabled(next);
    setEnabled(next);
  };
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger className="header-control" aria-keyshortcuts={HELP_KEY}>
        <kbd className="shortcuts-button__key" aria-hidden="true">
          {HELP_KEY}
        </kbd>
        {t('button')}
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog-panel shortcuts-dialog" data-allows-shortcuts="">
          <div className="shortcuts-dialog__top">
            <Dialog.Title className="shortcuts-dialog__title">{t('title')}</Dialog.Title>
            <Dialog.Close className="button">{t('close')}</Dialog.Close>
          </div>
          <Dialog.Description className="shortcuts-dialog__description">
            {t('description')}
          </Dialog.Description>
          <section aria-labelledby={generalId}>
            <h3 id={generalId} className="shortcuts-dialog__group">
              {t('groups.general')}
            </h3>
            <dl className="shortcuts-dialog__list">
              <Shortcut keys={<kbd>{HELP_KEY}</kbd>} action={t('actions.help')} />
              <Shortcut keys={<kbd>{SEARCH_KEY}</kbd>} action={t('actions.search')} />
              <Shortcut
                keys={
                  <>
                    <kbd>Ctrl</kbd>+<kbd>K</kbd>
                  </>
                }
                action={t('actions.palette')}
              />
              <Shortcut keys={<kbd>Esc</kbd>} action={t('actions.close')} />
            </dl>
          </section>
          <section aria-labelledby={goToId}>
            <h3 id={goToId} className="shortcuts-dialog__group">
              {t('groups.goTo')}
            </h3>
            <dl className="shortcuts-dialog__list">
              {GO_TO_TARGETS.map((target) => (
                <Shortcut
                  key={target.key}
                  keys={
                    <>
                      <kbd>{GO_TO_KEY}</kbd> {t('then')} <kbd>{target.key}</kbd>
                    </>
                  }
                  action={t('actions.goTo', { page: tCommon(`nav.${target.page}`) })}
                />
              ))}
            </dl>
          </section>
          <div className="shortcuts-dialog__preference">
            <label>
              <input
                type="checkbox"
                checked={enabled}
                aria-describedby={hintId}
                onChange={(event) => toggle(event.target.checked)}
              />
              {t('enabled')}
            </label>
            <p id={hintId}>{t('enabledHint')}</p>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function Shortcut({ keys, action }: { keys: ReactNode; action: string }) {
  return (
    <div className="shortcuts-dialog__row">
      <dt className="shortcuts-dialog__keys">{keys}</dt>
      <dd className="shortcuts-dialog__action">{action}</dd>
    </div>
  );
}
