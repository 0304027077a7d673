import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarathonApp, MarathonPod } from '../../../../api/marathon';
import { useMesosAgents } from '../../../shared/api/get-mesos-agents';
import { useScalePod } from '../api/update-pod';
import { useScaleApp } from '../api/update-app';
import { capsBelow, type CapacityCap } from '../utils/scale-capacity';
import { ActionDialog, NumberField } from '../../deployments';

function parseInstances(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  return Number(text);
}

/**
 * Scale to N. Before sending it says what would keep instances from running: Marathon accepts
 * any count and leaves what it cannot place waiting, holding the app's deployment open.
 */
export function ScaleDialog({
  app,
  pod,
  onClose,
}: {
  app: MarathonApp;
  /** Scaling a pod (`app` is then its row, podAsAppRow): a PUT of the whole pod. */
  pod?: MarathonPod;
  onClose: () => void;
}) {
  const { t } = useTranslation('apps');
  const noteId = useId();
  const [text, setText] = useState(String(app.instances ?? 1));
  const agents = useMesosAgents();
  const scaleApp = useScaleApp();
  const scalePod = useScalePod();
  const scale = pod ? scalePod : scaleApp;
  const target = parseInstances(text);
  const caps = target !== null && agents.data ? capsBelow(app, agents.data, target) : [];

  const describeCap = (cap: CapacityCap, instances: number) => {
    const waiting = instances - cap.max;
    switch (cap.kind) {
      case 'constraint':
        return t(cap.over === 'agents' ? 'scale.capAgents' : 'scale.capValues', {
          constraint: cap.constraint,
          count: cap.count,
          max: cap.max,
          waiting,
        });
      case 'hostPort':
        return t('scale.capHostPort', {
          ports: cap.ports.join(', '),
          count: cap.agents,
          max: cap.max,
          waiting,
        });
      case 'resources':
        return t('scale.capResources', { cpus: cap.cpus, mem: cap.mem, max: cap.max, waiting });
    }
  };

  const send = (force: boolean) => {
    if (target === null) return;
    if (pod) {
      scalePod.mutate({ podId: pod.id, pod, instances: target, force }, { onSuccess: onClose });
    } else {
      scaleApp.mutate({ appId: app.id, instances: target, force }, { onSuccess: onClose });
    }
  };

  return (
    <ActionDialog
      title={t('scale.title', { appId: app.id })}
      description={<p>{t('scale.description', { count: app.instances ?? 1 })}</p>}
      confirmLabel={t('scale.submit')}
      confirmDisabled={target === null}
      pending={scale.isPending}
      onConfirm={() => send(false)}
      onClose={onClose}
      error={scale.error}
      onForce={() => send(true)}
    >
      <NumberField
        label={t('scale.instances')}
        value={text}
        onChange={setText}
        invalid={target === null}
        integer
        describedBy={noteId}
      />
      <div id={noteId} aria-live="polite">
        {target === null && <p className="action-dialog__invalid">{t('scale.invalid')}</p>}
        {target !== null &&
          caps.map((cap) => (
            <p key={cap.kind} className="action-dialog__warning">
              {describeCap(cap, target)}
            </p>
          ))}
        {caps.length > 0 && <p>{t('scale.sendAnyway')}</p>}
      </div>
    </ActionDialog>
  );
}
