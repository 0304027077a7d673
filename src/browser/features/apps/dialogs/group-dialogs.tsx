import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarathonApp } from '../../../../api/marathon';
import { useSearchWriter } from '../../../shared/url/use-search-writer';
import { ActionDialog, IdField, NumberField } from '../../deployments';
import { WriteControl } from '../../session';
import { useCreateGroup } from '../api/create-group';
import { useDestroyGroup } from '../api/destroy-group';
import { useScaleGroup } from '../api/scale-group';
import { absoluteId } from '../api/create-app';
import '../../../shared/ui/button.css';

const GROUP_DIALOGS = ['createGroup', 'scaleGroup', 'destroyGroup'] as const;
export type GroupDialog = (typeof GROUP_DIALOGS)[number];

/** The open group dialog lives in the URL (`dialog`), like the app page's dialogs. */
export function useGroupDialog() {
  const [params, write] = useSearchWriter();
  const dialog = GROUP_DIALOGS.find((candidate) => candidate === params.get('dialog'));
  const set = (next: GroupDialog | undefined, push: boolean) =>
    write(
      (current) => {
        if (next) current.set('dialog', next);
        else current.delete('dialog');
        return current;
      },
      { push },
    );
  return {
    dialog,
    open: (next: GroupDialog) => set(next, true),
    close: () => set(undefined, false),
  };
}

/** Scale and destroy for the folder being browsed. */
export function GroupActions({ onOpen }: { onOpen: (dialog: GroupDialog) => void }) {
  const { t } = useTranslation('apps');
  return (
    <WriteControl>
      <div className="apps-page-actions" role="group" aria-label={t('groups.actions')}>
        <button type="button" className="button" onClick={() => onOpen('scaleGroup')}>
          {t('groups.scale')}
        </button>
        <button type="button" className="button" onClick={() => onOpen('destroyGroup')}>
          {t('groups.destroy')}
        </button>
      </div>
    </WriteControl>
  );
}

const inGroup = (group: string) => (app: MarathonApp) =>
  app.id.startsWith(group === '/' ? '/' : `${group}/`);

function CreateGroupDialog({ parent, onClose }: { parent: string; onClose: () => void }) {
  const { t } = useTranslation('apps');
  const [name, setName] = useState('');
  const create = useCreateGroup();
  const groupId = absoluteId(`${parent === '/' ? '' : parent}/${name.trim()}`);
  const send = () => create.mutate({ groupId }, { onSuccess: onClose });
  return (
    <ActionDialog
      title={t('groups.createTitle')}
      description={<p>{t('groups.createDescription', { parent })}</p>}
      confirmLabel={t('groups.createSubmit')}
      confirmDisabled={name.trim() === ''}
      pending={create.isPending}
      onConfirm={send}
      onClose={onClose}
      error={create.error}
      onForce={send}
    >
      <IdField label={t('groups.name')} value={name} onChange={setName} />
      {name.trim() !== '' && <p>{t('groups.willCreate', { groupId })}</p>}
    </ActionDialog>
  );
}

function parseFactor(text: string): number | null {
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 ? value : null;
}

/** Marathon rounds each new count up; the preview shows every app's and pod's result. */
function ScaleGroupDialog({
  group,
  apps,
  onClose,
}: {
  group: string;
  apps: readonly MarathonApp[];
  onClose: () => void;
}) {
  const { t } = useTranslation('apps');
  const [text, setText] = useState('2');
  const scale = useScaleGroup();
  const factor = parseFactor(text);
  const members = apps.filter(inGroup(group));
  const send = (force: boolean) => {
    if (factor !== null) scale.mutate({ groupId: group, factor, force }, { onSuccess: onClose });
  };
  return (
    <ActionDialog
      title={t('groups.scaleTitle', { groupId: group })}
      description={<p>{t('groups.scaleDescription', { count: members.length })}</p>}
      confirmLabel={t('groups.scaleSubmit')}
      confirmDisabled={factor === null || members.length === 0}
      pending={scale.isPending}
      onConfirm={() => send(false)}
      onClose={onClose}
      error={scale.error}
      onForce={() => send(true)}
    >
      <NumberField
        label={t('groups.factor')}
        value={text}
        onChange={setText}
        invalid={factor === null}
      />
      {factor === null ? (
        <p className="action-dialog__invalid">{t('groups.factorInvalid')}</p>
      ) : (
        <ul aria-label={t('groups.preview')}>
          {members.map((app) => (
            <li key={app.id}>
              {t('groups.previewLine', {
                id: app.id,
                from: app.instances ?? 1,
                to: Math.ceil((app.instances ?? 1) * factor),
              })}
            </li>
          ))}
        </ul>
      )}
    </ActionDialog>
  );
}

/** Destroying a group takes everything in it, so it lists what goes and asks for the id. */
function DestroyGroupDialog({
  group,
  apps,
  onClose,
  onDestroyed,
}: {
  group: string;
  apps: readonly MarathonApp[];
  onClose: () => void;
  onDestroyed: () => void;
}) {
  const { t } = useTranslation('apps');
  const [typed, setTyped] = useState('');
  const destroy = useDestroyGroup();
  const members = apps.filter(inGroup(group));
  const send = () => destroy.mutate({ groupId: group }, { onSuccess: onDestroyed });
  return (
    <ActionDialog
      title={t('groups.destroyTitle', { groupId: group })}
      description={<p>{t('groups.destroyDescription', { count: members.length })}</p>}
      confirmLabel={t('groups.destroySubmit')}
      danger
      confirmDisabled={typed.trim() !== group}
      pending={destroy.isPending}
      onConfirm={send}
      onClose={onClose}
      error={destroy.error}
      onForce={send}
    >
      <ul aria-label={t('groups.holds')}>
        {members.map((app) => (
          <li key={app.id}>{app.id}</li>
        ))}
      </ul>
      <IdField label={t('groups.typeId', { groupId: group })} value={typed} onChange={setTyped} />
    </ActionDialog>
  );
}

/** The open group dialog for the folder being browsed (`group`); `apps` includes pod rows. */
export function GroupDialogs({
  dialog,
  group,
  apps,
  onClose,
  onDestroyed,
}: {
  dialog: GroupDialog | undefined;
  group: string;
  apps: readonly MarathonApp[];
  onClose: () => void;
  onDestroyed: () => void;
}) {
  if (dialog === 'createGroup') return <CreateGroupDialog parent={group} onClose={onClose} />;
  if (group === '/') return null;
  if (dialog === 'scaleGroup')
    return <ScaleGroupDialog group={group} apps={apps} onClose={onClose} />;
  if (dialog === 'destroyGroup') {
    return (
      <DestroyGroupDialog group={group} apps={apps} onClose={onClose} onDestroyed={onDestroyed} />
    );
  }
  return null;
}
