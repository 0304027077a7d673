/**
 * The Marathon HA set: which instances run and which one leads. Losing leadership ends an
 * instance's connections (a real Marathon exits), so listeners learn when an instance drops out.
 */
/**
 * A standby takes over only once the crashed leader's ZooKeeper session expires and the Curator
 * latch node goes: Marathon's default --zk_session_timeout is 10 s.
 */
export const ELECTION_DELAY_MS = 10_000;

export class MarathonInstances {
  private readonly nodes: { address: string; running: boolean }[];
  private leaderIndex: number | null;
  private electionAt: number | null = null;
  private readonly dropListeners = new Set<(index: number) => void>();

  constructor(
    addresses: string[],
    private readonly now: () => number,
  ) {
    this.nodes = addresses.map((address) => ({ address, running: true }));
    this.leaderIndex = addresses.length > 0 ? 0 : null;
  }

  indexOfHost(host: string): number {
    return this.nodes.findIndex((node) => node.address === host);
  }

  address(index: number): string {
    const node = this.nodes[index];
    if (!node) throw new Error(`No Marathon instance ${index}`);
    return node.address;
  }

  isRunning(index: number): boolean {
    return this.nodes[index]?.running === true;
  }

  leaderIndexOrNull(): number | null {
    return this.leaderIndex;
  }

  leader(): { address: string } | null {
    return this.leaderIndex === null ? null : { address: this.address(this.leaderIndex) };
  }

  list(): { address: string; running: boolean; leader: boolean }[] {
    return this.nodes.map((node, index) => ({ ...node, leader: index === this.leaderIndex }));
  }

  /** Called with the index of an instance that stops or loses leadership. */
  onDrop(listener: (index: number) => void): () => void {
    this.dropListeners.add(listener);
    return () => this.dropListeners.delete(listener);
  }

  private drop(index: number): void {
    for (const listener of [...this.dropListeners]) listener(index);
  }

  private nextRunningAfter(index: number): number | null {
    for (let step = 1; step <= this.nodes.length; step += 1) {
      const candidate = (index + step) % this.nodes.length;
      if (this.nodes[candidate]?.running) return candidate;
    }
    return null;
  }

  private setLeader(index: number | null): void {
    const previous = this.leaderIndex;
    this.leaderIndex = index;
    this.electionAt = null;
    if (previous !== null && previous !== index) this.drop(previous);
  }

  electAnotherLeader(index?: number): void {
    if (index !== undefined) {
      if (!this.isRunning(index)) throw new Error(`Marathon instance ${index} is not running`);
      this.setLeader(index);
      return;
    }
    const next = this.nextRunningAfter(this.leaderIndex ?? -1);
    if (next !== null) this.setLeader(next);
  }

  stopInstance(index: number): void {
    const node = this.nodes[index];
    if (!node?.running) return;
    node.running = false;
    if (this.leaderIndex === index) {
      this.leaderIndex = null;
      this.electionAt = this.now() + ELECTION_DELAY_MS;
    }
    this.drop(index);
  }

  startInstance(index: number): void {
    const node = this.nodes[index];
    if (!node || node.running) return;
    node.running = true;
    if (this.leaderIndex === null && this.electionAt === null) {
      this.electionAt = this.now() + ELECTION_DELAY_MS;
    }
  }

  /** Runs a pending election once its delay has passed (from the composition's clock). */
  tick(now: number): void {
    if (this.electionAt === null || now < this.electionAt) return;
    const candidate = this.nextRunningAfter(-1);
    if (candidate === null) this.electionAt = null;
    else this.setLeader(candidate);
  }

  setAddress(oldAddress: string, newAddress: string): void {
    for (const node of this.nodes) if (node.address === oldAddress) node.address = newAddress;
  }
}
