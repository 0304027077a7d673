import { useTranslation } from 'react-i18next';
import { formatResource } from '../../../shared/format/format-resource';
import { useLocale } from '../../../shared/format/use-locale';
import { RESOURCE_NAMES } from '../../../shared/resources/resource-names';
import type { QuotaSide } from '../utils/role-rows';

/** Scalar resources on one line ("CPUs 2 · Memory 2 GB"); `empty` when none is set. */
export function ResourceSummary({ resources, empty }: { resources: QuotaSide; empty?: string }) {
  const { t } = useTranslation('roles');
  const locale = useLocale();
  const parts = RESOURCE_NAMES.flatMap((name) => {
    const value = resources[name];
    return value === undefined
      ? []
      : [`${t(`resources.${name}`)} ${formatResource(name, value, locale)}`];
  });
  return <>{parts.length > 0 ? parts.join(' · ') : (empty ?? t('none'))}</>;
}
