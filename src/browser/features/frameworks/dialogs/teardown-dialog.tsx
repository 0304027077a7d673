import { useTranslation } from 'react-i18next';
import type { FrameworkRow } from '../../../../api/cluster-model';
import { TypeIdDialog } from '../../deployments';
import { useTeardownFramework } from '../api/teardown-framework';

/** A teardown kills every task of the framework for good: the operator types its id to confirm. */
export function TeardownDialog({
  framework,
  onClose,
  onDone,
}: {
  framework: FrameworkRow;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('frameworks');
  const teardown = useTeardownFramework();
  const tasks = framework.taskCounts.active + framework.taskCounts.unreachable;
  return (
    <TypeIdDialog
      id={framework.id}
      typeIdLabel={t('teardown.typeId', { frameworkId: framework.id })}
      title={t('teardown.title', { name: framework.name })}
      description={
        <>
          <p>{t('teardown.tasks', { count: tasks })}</p>
          <p>{t('teardown.consequence')}</p>
        </>
      }
      confirmLabel={t('teardown.submit')}
      pending={teardown.isPending}
      onConfirm={() => teardown.mutate({ frameworkId: framework.id }, { onSuccess: onDone })}
      onClose={onClose}
      error={teardown.error ?? undefined}
    />
  );
}
