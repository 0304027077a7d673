import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  MarathonPodContainerStatus,
  MarathonPodInstance,
  MarathonPodStatus,
} from '../../../../api/marathon';
import { formatIsoTime } from '../../../shared/format/format-iso-time';
import { formatMegabytes } from '../../../shared/format/format-megabytes';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import { hostPortLink } from '../../../shared/url/upstream-links';
import { WriteControl } from '../../session';
import { podInstanceHealthy } from '../utils/pod-summary';
import './instances-tab.css';

function Endpoints({
  container,
  host,
}: {
  container: MarathonPodContainerStatus;
  host: string | undefined;
}) {
  const { t } = useTranslation('apps');
  const endpoints = container.endpoints ?? [];
  if (endpoints.length === 0) return <>{t('pods.noEndpoints')}</>;
  return (
    <ul className="pod-endpoints">
      {endpoints.map((endpoint) => {
        const port = endpoint.allocatedHostPort;
        const link = port === undefined ? null : hostPortLink(host ?? null, port);
        return (
          <li key={endpoint.name}>
            <code>{endpoint.name}</code>{' '}
            {port === undefined ? (
              t('pods.noHostPort')
            ) : link ? (
              <a href={link} rel="noreferrer noopener" target="_blank">
                {host}:{port}
              </a>
            ) : (
              <code>{port}</code>
            )}
            {endpoint.healthy !== undefined && (
              <> · {t(endpoint.healthy ? 'health.healthy' : 'health.unhealthy')}</>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function InstanceCard({
  instance,
  onKill,
}: {
  instance: MarathonPodInstance;
  onKill: (instanceId: string) => void;
}) {
  const { t } = useTranslation('apps');
  const locale = useLocale();
  const healthy = podInstanceHealthy(instance);
  const headingId = `pod-instance-${instance.id}`;
  return (
    <section className="pod-instance" aria-labelledby={headingId}>
      <div className="pod-instance__heading">
        <h3 id={headingId}>
          <code>{instance.id}</code>
        </h3>
        <span>
          {t(`pods.instanceState.${instance.status}`)}
          {healthy !== undefined && ` · ${t(healthy ? 'health.healthy' : 'health.unhealthy')}`}
        </span>
        <span>
          {t('pods.agent')}{' '}
          {instance.agentId ? (
            <Link to={paths.agent.href(instance.agentId)}>
              {instance.agentHostname ?? instance.agentId}
            </Link>
          ) : (
            t('pods.notPlaced')
          )}
        </span>
        <span>{t('pods.since', { time: formatIsoTime(instance.statusSince, locale) })}</span>
        <WriteControl>
          <button
            type="button"
            className="button button--danger"
            aria-label={t('pods.killInstanceOf', { instanceId: instance.id })}
            onClick={() => onKill(instance.id)}
          >
            {t('pods.killInstance')}
          </button>
        </WriteControl>
      </div>
      <table className="instances__table">
        <caption className="visually-hidden">
          {t('pods.containersOf', { instanceId: instance.id })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('pods.container')}</th>
            <th scope="col">{t('pods.state')}</th>
            <th scope="col">{t('list.columns.cpus')}</th>
            <th scope="col">{t('list.columns.mem')}</th>
            <th scope="col">{t('pods.endpoints')}</th>
          </tr>
        </thead>
        <tbody>
          {(instance.containers ?? []).map((container) => (
            <tr key={container.name}>
              <th scope="row">{container.name}</th>
              <td>
                {container.status}
                {container.message && <> · {container.message}</>}
              </td>
              <td>{formatNumber(container.resources?.cpus ?? 0, locale)}</td>
              <td>{formatMegabytes(container.resources?.mem ?? 0, locale)}</td>
              <td>
                <Endpoints container={container} host={instance.agentHostname} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The pod's instances, each with its containers: state, resources, and each endpoint's host
 * port on the agent (a link when the agent's name is a plain host) and health.
 */
export function PodInstancesTab({
  pod,
  onKill,
}: {
  pod: MarathonPodStatus;
  onKill: (instanceId: string) => void;
}) {
  const { t } = useTranslation('apps');
  const instances = [...(pod.instances ?? [])].sort((a, b) => a.id.localeCompare(b.id));
  if (instances.length === 0) return <p className="apps-empty">{t('instances.none')}</p>;
  return (
    <div className="instances">
      {instances.map((instance) => (
        <InstanceCard key={instance.id} instance={instance} onKill={onKill} />
      ))}
    </div>
  );
}
