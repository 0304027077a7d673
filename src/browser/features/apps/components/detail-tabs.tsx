import { Tabs } from 'radix-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { APP_TABS, type AppTab } from '../routes/app-detail-params';

/** The tabs of an app's or a pod's page; the chosen tab is in the URL (`tab`). */
export function DetailTabs({
  tab,
  onTab,
  label,
  panels,
}: {
  tab: AppTab;
  onTab: (tab: AppTab) => void;
  label: string;
  panels: Record<AppTab, ReactNode>;
}) {
  const { t } = useTranslation('apps');
  return (
    <Tabs.Root
      value={tab}
      onValueChange={(value) => {
        const next = APP_TABS.find((candidate) => candidate === value);
        if (next) onTab(next);
      }}
    >
      <Tabs.List className="app-tabs" aria-label={label}>
        {APP_TABS.map((name) => (
          <Tabs.Trigger key={name} value={name}>
            {t(`detail.tab.${name}`)}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {APP_TABS.map((name) => (
        <Tabs.Content key={name} value={name}>
          {panels[name]}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
