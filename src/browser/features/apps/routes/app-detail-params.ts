import { useSearchWriter } from '../../../shared/url/use-search-writer';
import type { AppDialog } from '../components/app-detail-header';
import type { VersionsSelection } from '../components/versions-tab';

export const APP_TABS = ['instances', 'configuration', 'versions'] as const;
export type AppTab = (typeof APP_TABS)[number];

/** `kill` is a pod page's: kill one instance (named by `instance`). */
export type AppPageDialog = AppDialog | 'rollback' | 'kill';
const DIALOGS: readonly AppPageDialog[] = [
  'scale',
  'suspend',
  'restart',
  'destroy',
  'rollback',
  'kill',
];

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.find((candidate) => candidate === value);

/**
 * The app (and pod) page's shareable state: `tab`, the open `dialog` (with `version` for a
 * rollback, `instance` for a kill) and the versions compared (`from`, `to`). Opening a dialog is a history entry; closing replaces it.
 */
export function useAppDetailParams() {
  const [params, write] = useSearchWriter();
  const change = (edit: (next: URLSearchParams) => void, replace: boolean) =>
    write(
      (next) => {
        edit(next);
        return next;
      },
      { push: !replace },
    );
  const from = params.get('from');
  const to = params.get('to');
  return {
    tab: oneOf(params.get('tab'), APP_TABS) ?? 'instances',
    dialog: oneOf(params.get('dialog'), DIALOGS),
    dialogVersion: params.get('version') ?? undefined,
    dialogInstance: params.get('instance') ?? undefined,
    versions: { ...(from ? { from } : {}), ...(to ? { to } : {}) } satisfies VersionsSelection,
    setTab: (tab: AppTab) => change((next) => next.set('tab', tab), true),
    openDialog: (dialog: AppPageDialog, subject?: string) =>
      change((next) => {
        next.set('dialog', dialog);
        next.delete('version');
        next.delete('instance');
        if (subject !== undefined) next.set(dialog === 'kill' ? 'instance' : 'version', subject);
      }, false),
    closeDialog: () =>
      change((next) => {
        next.delete('dialog');
        next.delete('version');
        next.delete('instance');
      }, true),
    selectVersions: (selection: VersionsSelection) =>
      change((next) => {
        if (selection.from) next.set('from', selection.from);
        if (selection.to) next.set('to', selection.to);
      }, true),
  };
}
