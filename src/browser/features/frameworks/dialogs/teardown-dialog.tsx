import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkRow } from '../../../../api/cluster-model';
import { ActionDialog } from '../../deployments';
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
  const inputId = useId();
  const [typed, setTyped] = useState('');
  const teardown = useTeardownFramework();
  const send = () => teardown.mutate({ frameworkId: framework.id }, { onSuccess: onDone });
  const tasks = framework.taskCounts.active + framework.taskCounts.unreachable;
  return (
    <ActionDialog
      title={t('teardown.title', { name: framework.name })}
      description={
        <>
          <p>{t('teardown.tasks', { count: tasks })}</p>
          <p>{t('teardown.consequence')}</p>
        </>
      }
      confirmLabel={t('teardown.submit')}
      danger
      confirmDisabled={typed.trim() !== framework.id}
      pending={teardown.isPending}
      onConfirm={send}
      onClose={onClose}
      error={teardown.error ?? undefined}
      onForce={send}
    >
      <div className="action-dialog__field">
        <label htmlFor={inputId}>{t('teardown.typeId', { frameworkId: framework.id })}</label>
        <input
          id={inputId}
          className="control"
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
      </div>
    </ActionDialog>
  );
}
