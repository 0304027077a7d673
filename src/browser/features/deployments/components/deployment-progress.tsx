import { useTranslation } from 'react-i18next';
import type { MarathonDeployment } from '../../../../api/marathon';
import './deployment-progress.css';

/**
 * Step n of m, with a bar of the steps already done, and the actions of the current step.
 * `named` adds the deployment id where no heading says it.
 */
export function DeploymentProgress({
  deployment,
  named = true,
}: {
  deployment: MarathonDeployment;
  named?: boolean;
}) {
  const { t } = useTranslation('deployments');
  const { currentStep, totalSteps } = deployment;
  const stepText = t('progress.step', { current: currentStep, total: totalSteps });
  return (
    <div className="deployment-progress">
      <div className="deployment-progress__line">
        {named && <span>{t('progress.deployment', { id: deployment.id })}</span>}
        <span>{stepText}</span>
      </div>
      <progress
        className="deployment-progress__bar"
        value={Math.max(currentStep - 1, 0)}
        max={Math.max(totalSteps, 1)}
        aria-label={t('progress.label', { id: deployment.id, step: stepText })}
      />
      {deployment.currentActions.length > 0 && (
        <p className="deployment-progress__actions">
          {t('progress.now', {
            actions: deployment.currentActions
              .map((action) =>
                t('progress.action', {
                  action: t(`actions.${action.action}`),
                  target: action.app ?? action.pod ?? '',
                }),
              )
              .join(', '),
          })}
        </p>
      )}
    </div>
  );
}
