import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MarathonApp } from '../../../../api/marathon';
import { paths } from '../../../shared/paths';
import { useDeployments } from '../../deployments';
import { DeploymentProgress } from '../../deployments';

/** The deployments holding the app: their step, progress and what they do now. */
export function AppDeploymentProgress({ app }: { app: MarathonApp }) {
  const { t } = useTranslation('apps');
  const deployments = useDeployments();
  const ids = new Set(app.deployments.map((deployment) => deployment.id));
  const holding = (deployments.data ?? []).filter((deployment) => ids.has(deployment.id));
  return (
    <section className="app-detail-header__deployments" aria-label={t('detail.deploymentsLabel')}>
      {holding.map((deployment) => (
        <DeploymentProgress key={deployment.id} deployment={deployment} />
      ))}
      <Link to={paths.deployments.href()}>{t('detail.allDeployments')}</Link>
    </section>
  );
}
