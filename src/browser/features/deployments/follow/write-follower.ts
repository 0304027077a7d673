import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { MarathonDeployment } from '../../../../api/marathon';
import { marathonKeys } from '../../../shared/api/query-keys';
import { REFRESH_MS } from '../../../shared/api/polling';
import { deploymentsQueryOptions } from '../api/get-deployments';
import type { FollowedWrite, WriteDescription } from './followed-write';
import { judgeWrite } from './write-outcome';

/** Finished writes stay listed (newest first) until dismissed or pushed out. */
const KEPT_WRITES = 6;

/**
 * Follows every write to the end of its deployment: polls `/v2/deployments` until the id is
 * gone, then judges the outcome from the apps. One per QueryClient, so it outlives page changes
 * (create -> app page) yet each test's app gets its own. It polls only while a view listens.
 */
export class WriteFollower {
  private writes: readonly FollowedWrite[] = [];
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ticking = false;
  private nextKey = 1;

  constructor(
    private readonly queryClient: QueryClient,
    private readonly intervalMs = REFRESH_MS.writeFollow,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    this.schedule();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  };

  readonly getSnapshot = (): readonly FollowedWrite[] => this.writes;

  /** Starts following; without a deployment the write is done already. */
  follow(description: WriteDescription, deploymentId: string | undefined): void {
    const write: FollowedWrite = {
      ...description,
      key: this.nextKey++,
      state: deploymentId === undefined ? 'succeeded' : 'running',
      ...(deploymentId === undefined ? {} : { deploymentId }),
    };
    this.set([write, ...this.writes].slice(0, KEPT_WRITES));
    this.schedule();
  }

  dismiss(key: number): void {
    this.set(this.writes.filter((write) => write.key !== key));
  }

  private set(writes: readonly FollowedWrite[]): void {
    this.writes = writes;
    for (const listener of this.listeners) listener();
  }

  private update(key: number, change: Partial<FollowedWrite>): void {
    this.set(this.writes.map((write) => (write.key === key ? { ...write, ...change } : write)));
  }

  private running(): FollowedWrite[] {
    return this.writes.filter((write) => write.state === 'running');
  }

  private schedule(): void {
    if (this.timer !== undefined || this.ticking || this.listeners.size === 0) return;
    if (this.running().length === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.tick();
    }, this.intervalMs);
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async tick(): Promise<void> {
    this.ticking = true;
    let finished = false;
    try {
      const deployments = await this.queryClient.fetchQuery({
        ...deploymentsQueryOptions(),
        staleTime: 0,
      });
      for (const write of this.running()) {
        finished = (await this.check(write, deployments)) || finished;
      }
    } catch {
      // Marathon or the proxy did not answer (a leader change, say): keep following.
    } finally {
      this.ticking = false;
    }
    if (finished) await this.queryClient.invalidateQueries({ queryKey: marathonKeys.all });
    this.schedule();
  }

  /** True when the write finished. */
  private async check(write: FollowedWrite, deployments: MarathonDeployment[]): Promise<boolean> {
    const deployment = deployments.find((candidate) => candidate.id === write.deploymentId);
    if (deployment) {
      const { currentStep, totalSteps } = deployment;
      this.update(write.key, { progress: { currentStep, totalSteps } });
      return false;
    }
    const failure = await judgeWrite(write);
    this.update(write.key, failure ? { state: 'failed', failure } : { state: 'succeeded' });
    return true;
  }
}

const followers = new WeakMap<QueryClient, WriteFollower>();

export function writeFollowerFor(queryClient: QueryClient): WriteFollower {
  let follower = followers.get(queryClient);
  if (!follower) {
    follower = new WriteFollower(queryClient);
    followers.set(queryClient, follower);
  }
  return follower;
}

export function useWriteFollower(): WriteFollower {
  return writeFollowerFor(useQueryClient());
}

/** The writes being followed and the last finished ones; subscribing keeps the polling on. */
export function useFollowedWrites(): readonly FollowedWrite[] {
  const follower = useWriteFollower();
  return useSyncExternalStore(follower.subscribe, follower.getSnapshot);
}
