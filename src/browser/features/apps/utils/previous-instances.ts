/**
 * Suspend scales to 0 and Resume returns to the count before. Marathon keeps no such field, so
 * the count is remembered here when suspending from this browser; otherwise the newest stored
 * version that ran instances tells it.
 */
const PREFIX = 'stadium.apps.instancesBeforeSuspend:';
/** How many stored versions Resume reads, newest first, before settling for one instance. */
const VERSIONS_TO_READ = 10;

export function rememberInstances(appId: string, instances: number): void {
  try {
    window.localStorage.setItem(PREFIX + appId, String(instances));
  } catch {
    // Storage refused (full or disabled): Resume falls back to the app's versions.
  }
}

function remembered(appId: string): number | null {
  try {
    const value = Number(window.localStorage.getItem(PREFIX + appId));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

export function forgetInstances(appId: string): void {
  try {
    window.localStorage.removeItem(PREFIX + appId);
  } catch {
    // Nothing stored.
  }
}

export async function instancesToResume(
  appId: string,
  versions: () => Promise<string[]>,
  instancesAt: (version: string) => Promise<number | undefined>,
): Promise<number> {
  const stored = remembered(appId);
  if (stored !== null) return stored;
  for (const version of (await versions()).slice(0, VERSIONS_TO_READ)) {
    const instances = await instancesAt(version);
    if (instances !== undefined && instances > 0) return instances;
  }
  return 1;
}
