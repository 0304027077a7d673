import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MarathonDeployment } from '../../../../api/marathon';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import { formatIsoTime } from '../../../shared/format/format-iso-time';
import { DeploymentProgress } from './deployment-progress';
import '../../../shared/ui/button.css';
import './deployment-card.css';
import { WriteControl } from '../../session';

/** One deployment: what it changes, its steps (the current one marked), and how to end it. */
export function DeploymentCard({
  deployment,
  onRollback,
  onStop,
}: {
  deployment: MarathonDeployment;
  onRollback: () => void;
  onStop: () => void;
}) {
  const { t } = useTranslation('deployments');
  const locale = useLocale();
  const headingId = useId();
  return (
    <article className="deployment-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="deployment-card__title">
        {t('card.title', { id: deployment.id })}
      </h2>
      <dl className="deployment-card__facts">
        <dt>{t('card.apps')}</dt>
        <dd>
          <ul className="deployment-card__apps">
            {deployment.affectedApps.map((appId) => (
              <li key={appId}>
                <Link to={paths.app.href(appId)}>{appId}</Link>
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('card.started')}</dt>
        <dd>
          <time dateTime={deployment.version}>{formatIsoTime(deployment.version, locale)}</time>
        </dd>
      </dl>
      <DeploymentProgress deployment={deployment} named={false} />
      <ol className="deployment-card__steps" aria-label={t('card.steps')}>
        {deployment.steps.map((step, index) => {
          const current = index + 1 === deployment.currentStep;
          return (
            <li
              key={index}
              aria-current={current ? 'step' : undefined}
              className={current ? 'deployment-card__step--current' : undefined}
            >
              {t('card.step', {
                number: index + 1,
                actions: step.actions
                  .map((action) =>
                    t('progress.action', {
                      action: t(`actions.${action.action}`),
                      target: action.app ?? action.pod ?? '',
                    }),
                  )
                  .join(', '),
              })}
            </li>
          );
        })}
      </ol>
      <WriteControl>
        <div
          className="deployment-card__buttons"
          role="group"
          aria-label={t('card.actions', { id: deployment.id })}
        >
          <button type="button" className="button" onClick={onRollback}>
            {t('card.rollback')}
          </button>
          <button type="button" className="button button--danger" onClick={onStop}>
            {t('card.stop')}
          </button>
        </div>
      </WriteControl>
    </article>
  );
}
