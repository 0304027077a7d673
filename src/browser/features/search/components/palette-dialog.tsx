import { Dialog } from 'radix-ui';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SearchResult } from '../../../../api/search';
import { describeError } from '../../../shared/ui/describe-error';
import { useSearch } from '../api/search';
import { RESULT_LINKS } from './result-links';
import '../../../shared/ui/dialog.css';
import './palette-dialog.css';

/** Typing pauses this long before the proxy is asked. */
const DEBOUNCE_MS = 120;

/**
 * The search palette: a combobox whose listbox holds the proxy's matches. Arrow keys move the
 * active option (announced through `aria-activedescendant`), Enter opens it, Escape closes.
 */
export default function PaletteDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('search');
  const { t: tCommon } = useTranslation();
  const navigate = useNavigate();
  const listId = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const answer = useSearch(query);
  const results = query === '' ? [] : (answer.data?.results ?? []);
  const current = Math.min(active, Math.max(results.length - 1, 0));
  const optionId = (index: number) => `${listId}-option-${index}`;

  const open = (result: SearchResult | undefined) => {
    if (result === undefined) return;
    onClose();
    void navigate(RESULT_LINKS[result.kind](result));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = results.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: current >= last ? 0 : current + 1,
      ArrowUp: current <= 0 ? last : current - 1,
      Home: 0,
      End: last,
    };
    if (event.key in moves && results.length > 0) {
      event.preventDefault();
      setActive(moves[event.key] as number);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(results[current]);
    }
  };

  let status: string;
  if (query === '') status = t('hint');
  else if (answer.error) status = describeError(answer.error, tCommon);
  else if (answer.isFetching && answer.data?.query !== query) status = t('searching');
  else if (results.length === 0) status = t('none', { query });
  else status = t('count', { count: results.length });

  return (
    <Dialog.Root open onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog-panel search-palette">
          <Dialog.Title className="search-palette__title">{t('title')}</Dialog.Title>
          <Dialog.Description className="search-palette__description">
            {t('description')}
          </Dialog.Description>
          <input
            className="search-palette__input"
            type="text"
            role="combobox"
            aria-label={t('input')}
            aria-expanded={results.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={results.length > 0 ? optionId(current) : undefined}
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <p className="search-palette__status" role="status">
            {status}
          </p>
          {/* An empty listbox is an error for assistive technology: it exists while it lists. */}
          {results.length > 0 && (
            <ul
              id={listId}
              role="listbox"
              aria-label={t('results')}
              className="search-palette__list"
            >
              {results.map((result, index) => (
                <li
                  key={`${result.kind}:${result.frameworkId ?? ''}:${result.id}`}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === current}
                  className="search-palette__option"
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => open(result)}
                >
                  <span className="search-palette__kind">{t(`kinds.${result.kind}`)}</span>{' '}
                  <span className="search-palette__label">{result.label}</span>
                  {result.detail !== undefined && result.detail !== result.label && (
                    <span className="search-palette__detail"> {result.detail}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
