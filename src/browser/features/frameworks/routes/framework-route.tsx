import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../../shared/paths';
import { Card } from '../../../shared/ui/card';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { TaskBrowser } from '../../tasks/components/task-browser';
import { useFramework } from '../api/get-framework';
import { FrameworkSummary } from '../components/framework-summary';
import './framework-route.css';

/** `/frameworks/:frameworkId`: the framework and its tasks (filters and sort in the URL). */
export function FrameworkRoute() {
  const { frameworkId = '' } = useParams();
  const { t } = useTranslation('frameworks');
  const { t: tCommon } = useTranslation();
  const { data: framework, isPending, error } = useFramework(frameworkId);
  const name = framework?.name ?? frameworkId;
  return (
    <>
      <title>{tCommon('pageTitle', { page: t('detail.title', { name }) })}</title>
      <p className="framework-route__back">
        <Link to={paths.frameworks.href()}>{t('detail.back')}</Link>
      </p>
      <h1 className="framework-route__title">{t('detail.title', { name })}</h1>
      <QueryFeedback isPending={isPending} error={error} hasData={Boolean(framework)} />
      <div className="framework-route__sections">
        {framework && (
          <Card title={t('detail.overview')}>
            <FrameworkSummary framework={framework} />
          </Card>
        )}
        <section aria-labelledby="framework-tasks-heading">
          <h2 id="framework-tasks-heading" className="framework-route__heading">
            {t('detail.tasks')}
          </h2>
          <TaskBrowser framework={frameworkId} />
        </section>
      </div>
    </>
  );
}
