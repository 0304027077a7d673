import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { useDeployments } from '../api/get-deployments';
import { CancelDeploymentDialog } from '../components/cancel-deployment-dialog';
import { DeploymentCard } from '../components/deployment-card';
import { WriteStatusRegion } from '../components/write-status-region';
import { PageTitle } from '../../../shared/ui/page-title';
import './deployments-route.css';
import { WriteControl } from '../../session';

type CancelDialog = 'rollback' | 'stop';

/** Marathon's running deployments; the open dialog and its deployment are in the URL. */
export function DeploymentsRoute() {
  const { t } = useTranslation('deployments');
  const deployments = useDeployments();
  const [params, setParams] = useSearchParams();
  const dialogParam = params.get('dialog');
  const dialog: CancelDialog | undefined =
    dialogParam === 'rollback' || dialogParam === 'stop' ? dialogParam : undefined;
  const targetId = params.get('deployment');
  const target = deployments.data?.find((deployment) => deployment.id === targetId);
  const open = (next: CancelDialog, deploymentId: string) =>
    setParams({ dialog: next, deployment: deploymentId });
  const close = () => setParams({}, { replace: true });
  const list = deployments.data ?? [];
  return (
    <>
      <PageTitle title={t('title')} />
      <WriteStatusRegion />
      <QueryFeedback
        isPending={deployments.isPending}
        error={deployments.error}
        hasData={deployments.data !== undefined}
      />
      {deployments.data && list.length === 0 && <p className="deployments-empty">{t('empty')}</p>}
      <ul className="deployments-list">
        {list.map((deployment) => (
          <li key={deployment.id}>
            <DeploymentCard
              deployment={deployment}
              onRollback={() => open('rollback', deployment.id)}
              onStop={() => open('stop', deployment.id)}
            />
          </li>
        ))}
      </ul>
      <WriteControl>
        {dialog && targetId && deployments.data && (
          <CancelDeploymentDialog
            deploymentId={targetId}
            deployment={target}
            force={dialog === 'stop'}
            onClose={close}
          />
        )}
      </WriteControl>
    </>
  );
}
