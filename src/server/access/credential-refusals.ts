import type { ClusterSide } from '../../api/cluster';

/** Upstream answers that mean "not with these credentials" rather than "not found" or "down". */
export function refusesCredentials(statusCode: number): boolean {
  return statusCode === 401 || statusCode === 403;
}

const REFUSED = "refused Stadium's credentials";

/** A node's probe error that says so (the discoveries record it as the node's error). */
export function isCredentialsRefusal(error: string | undefined): boolean {
  return error?.includes(REFUSED) === true;
}

const SIDE_NAMES: Record<ClusterSide, string> = { mesos: 'Mesos', marathon: 'Marathon' };

/**
 * What the console shows instead of empty tables. Never passed on as 401: the browser would take
 * it for its own session ending.
 */
export function credentialsRefusedMessage(
  side: ClusterSide,
  statusCode: number,
  where: string,
): string {
  const hint =
    statusCode === 401
      ? `Give Stadium a principal the cluster accepts with --${side}-credentials FILE or ` +
        `STADIUM_${side.toUpperCase()}_CREDENTIALS (one line principal:secret).`
      : "The cluster's ACLs do not allow Stadium's principal to do this.";
  return `${SIDE_NAMES[side]} ${REFUSED} (HTTP ${statusCode} from ${where}). ${hint}`;
}
