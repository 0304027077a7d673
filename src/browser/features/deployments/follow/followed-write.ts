/** What the UI knows about a write it sent to Marathon, from the request to its deployment's end. */
export type WriteKind =
  | 'create'
  | 'update'
  | 'scale'
  | 'suspend'
  | 'resume'
  | 'restart'
  | 'destroy'
  | 'kill'
  | 'killAndScale'
  | 'rollbackVersion'
  | 'resetDelay'
  | 'deploymentRollback'
  | 'deploymentStop'
  | 'createGroup'
  | 'scaleGroup'
  | 'destroyGroup';

export interface WriteDescription {
  kind: WriteKind;
  /** The apps the write changes; its outcome is judged on them. */
  appIds: string[];
  /** Pods and groups the write changes: named in its message; the deployment's end tells. */
  otherIds?: string[];
  /** Values for the message: `instances`, `version`, `count`, `deploymentId`. */
  values?: Record<string, string | number>;
}

export type WriteFailure =
  /** Another deployment took the app over (a forced write, or a rollback of this one). */
  | { reason: 'superseded'; appId: string; deploymentId: string }
  /** The deployment is gone but the app does not run what it asked for: it was stopped. */
  | { reason: 'incomplete'; appId: string; running: number; instances: number }
  | { reason: 'gone'; appId: string }
  | { reason: 'stillExists'; appId: string };

export type WriteState = 'running' | 'succeeded' | 'failed';

export interface FollowedWrite extends WriteDescription {
  key: number;
  /** Absent for writes Marathon applies at once (kill without scale, reset delay, forced stop). */
  deploymentId?: string;
  state: WriteState;
  progress?: { currentStep: number; totalSteps: number };
  failure?: WriteFailure;
}
