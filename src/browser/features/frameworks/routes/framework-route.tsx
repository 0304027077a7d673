import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../../shared/paths';
import { Card } from '../../../shared/ui/card';
import { DetailPage } from '../../../shared/ui/detail-page';
import '../../../shared/ui/button.css';
import { useSearchWriter } from '../../../shared/url/use-search-writer';
import { WriteControl } from '../../session';
import { TaskBrowser } from '../../tasks';
import { TeardownDialog } from '../dialogs/teardown-dialog';
import { useFramework } from '../api/get-framework';
import { FrameworkSummary } from '../components/framework-summary';
import './framework-route.css';

/**
 * `/frameworks/:frameworkId`: the framework, its tasks (filters and sort in the URL) and, for
 * operators, its teardown (`?dialog=teardown`).
 */
export function FrameworkRoute() {
  const { frameworkId = '' } = useParams();
  const { t } = useTranslation('frameworks');
  const { data: framework, isPending, error } = useFramework(frameworkId);
  const [search, write] = useSearchWriter();
  const [tornDown, setTornDown] = useState(false);
  const open = (dialog: boolean) =>
    write(
      (next) => {
        if (dialog) next.set('dialog', 'teardown');
        else next.delete('dialog');
        return next;
      },
      { push: dialog },
    );
  return (
    <DetailPage
      title={t('detail.title', { name: framework?.name ?? frameworkId })}
      back={{ href: paths.frameworks.href(), text: t('detail.back') }}
      query={{ isPending, error, hasData: Boolean(framework) }}
    >
      {framework && (
        <Card title={t('detail.overview')}>
          <FrameworkSummary framework={framework} />
          {framework.status !== 'completed' && (
            <WriteControl>
              <p>
                <button type="button" className="button button--danger" onClick={() => open(true)}>
                  {t('teardown.open')}
                </button>
              </p>
            </WriteControl>
          )}
          {tornDown && <p role="status">{t('teardown.done', { name: framework.name })}</p>}
          {search.get('dialog') === 'teardown' && framework.status !== 'completed' && (
            <TeardownDialog
              framework={framework}
              onClose={() => open(false)}
              onDone={() => {
                setTornDown(true);
                open(false);
              }}
            />
          )}
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
