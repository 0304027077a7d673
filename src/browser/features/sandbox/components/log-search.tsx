import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Search box over the loaded text: Enter / Shift+Enter and the buttons step through matches. */
export function LogSearch({
  query,
  count,
  current,
  onQueryChange,
  onStep,
}: {
  query: string;
  count: number;
  current: number;
  onQueryChange: (query: string) => void;
  onStep: (direction: 1 | -1) => void;
}) {
  const { t } = useTranslation('sandbox');
  const inputId = useId();
  const countId = useId();
  return (
    <form
      className="log-search"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onStep(1);
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        aria-describedby={query ? countId : undefined}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && event.shiftKey) {
            event.preventDefault();
            onStep(-1);
          }
        }}
      />
      {query && (
        <output id={countId} className="log-search__count" aria-live="polite">
          {t('search.count', { count, current: current + 1 })}
        </output>
      )}
      <button
        type="button"
        onClick={() => onStep(-1)}
        disabled={count === 0}
        aria-label={t('search.previous')}
        title={t('search.previous')}
      >
        ↑
      </button>
      <button
        type="button"
        onClick={() => onStep(1)}
        disabled={count === 0}
        aria-label={t('search.next')}
        title={t('search.next')}
      >
        ↓
      </button>
    </form>
  );
}
