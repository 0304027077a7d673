import { Tabs } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import type { FrameworkStatus } from '../../../../api/cluster-model';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { useFrameworks } from '../../../shared/api/get-frameworks';
import { FrameworksTable } from './frameworks-table';
import { useSearchWriter } from '../../../shared/url/use-search-writer';
import '../../../shared/ui/view-tabs.css';

const STATUSES: FrameworkStatus[] = ['active', 'inactive', 'completed'];

/** Active, inactive and completed frameworks as tabs; the tab is `?tab=` in the URL. */
export function FrameworkLists() {
  const { t } = useTranslation('frameworks');
  const locale = useLocale();
  const [search, write] = useSearchWriter();
  const tab = STATUSES.find((status) => status === search.get('tab')) ?? 'active';
  const { data, isPending, error } = useFrameworks();
  return (
    <>
      <QueryFeedback isPending={isPending} error={error} hasData={Boolean(data)} />
      {data && (
        <Tabs.Root
          value={tab}
          activationMode="manual"
          onValueChange={(value) =>
            write(
              (next) => {
                if (value === 'active') next.delete('tab');
                else next.set('tab', value);
                return next;
              },
              { push: true },
            )
          }
        >
          <Tabs.List className="view-tabs__list" aria-label={t('tabs.label')}>
            {STATUSES.map((status) => (
              <Tabs.Trigger key={status} value={status} className="view-tabs__tab">
                {t('tabs.withCount', {
                  name: t(`tabs.${status}`),
                  count: formatNumber(data[status].length, locale),
                })}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Tabs.Content value={tab}>
            <FrameworksTable status={tab} frameworks={data[tab]} />
          </Tabs.Content>
        </Tabs.Root>
      )}
    </>
  );
}
