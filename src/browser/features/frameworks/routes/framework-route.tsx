import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../../shared/paths';
import { Card } from '../../../shared/ui/card';
import { DetailPage } from '../../../shared/ui/detail-page';
import { TaskBrowser } from '../../tasks';
import { useFramework } from '../api/get-framework';
import { FrameworkSummary } from '../components/framework-summary';
import './framework-route.css';

/** `/frameworks/:frameworkId`: the framework and its tasks (filters and sort in the URL). */
export function FrameworkRoute() {
  const { frameworkId = '' } = useParams();
  const { t } = useTranslation('frameworks');
  const { data: framework, isPending, error } = useFramework(frameworkId);
  return (
    <DetailPage
      title={t('detail.title', { name: framework?.name ?? frameworkId })}
      back={{ href: paths.frameworks.href(), text: t('detail.back') }}
      query={{ isPending, error, hasData: Boolean(framework) }}
    >
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
    </DetailPage>
  );
}
