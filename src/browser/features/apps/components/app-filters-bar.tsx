import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { pageSearchProps } from '../../../shared/shortcuts/page-search';
import { HEALTH_FILTERS } from '../utils/app-health';
import { isFiltering, type AppFilters } from '../utils/app-filters';
import { APP_STATUSES } from '../utils/app-status';
import './app-filters-bar.css';

function toggle<T>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? [...values, value] : values.filter((candidate) => candidate !== value);
}

/** Search across every app path, and the status, health and label filters; all kept in the URL. */
export function AppFiltersBar({
  filters,
  labels,
  onChange,
}: {
  filters: AppFilters;
  labels: string[];
  onChange: (change: Partial<AppFilters>) => void;
}) {
  const { t } = useTranslation('apps');
  const labelId = useId();
  return (
    <div className="app-filters" role="search" aria-label={t('filters.region')}>
      <input
        type="search"
        className="app-filters__search control"
        aria-label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        value={filters.q}
        onChange={(event) => onChange({ q: event.target.value })}
        {...pageSearchProps}
      />
      <fieldset className="app-filters__group">
        <legend>{t('filters.status')}</legend>
        {APP_STATUSES.map((status) => (
          <label key={status}>
            <input
              type="checkbox"
              checked={filters.status.includes(status)}
              onChange={(event) =>
                onChange({ status: toggle(filters.status, status, event.target.checked) })
              }
            />
            {t(`status.${status}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="app-filters__group">
        <legend>{t('filters.health')}</legend>
        {HEALTH_FILTERS.map((health) => (
          <label key={health}>
            <input
              type="checkbox"
              checked={filters.health.includes(health)}
              onChange={(event) =>
                onChange({ health: toggle(filters.health, health, event.target.checked) })
              }
            />
            {t(`health.${health}`)}
          </label>
        ))}
      </fieldset>
      <div className="app-filters__group">
        <label htmlFor={labelId}>{t('filters.label')}</label>
        <select
          id={labelId}
          value={filters.label}
          onChange={(event) => onChange({ label: event.target.value })}
        >
          <option value="">{t('filters.anyLabel')}</option>
          {/* A label from a shared URL stays selectable even if no app carries it now. */}
          {[...new Set([...labels, ...(filters.label ? [filters.label] : [])])].map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {isFiltering(filters) && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => onChange({ q: '', status: [], health: [], label: '' })}
        >
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}
