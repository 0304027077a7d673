/**
 * The tests need two programs that npm cannot bring: Chromium (Playwright's own browser download
 * does not work on these machines) and ZooKeeper (the zk:// discovery tests run a real server).
 * Both come from Debian; as root with apt we install them, otherwise we say how.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const ZOOKEEPER_JAR = process.env.ZOOKEEPER_JAR ?? '/usr/share/java/zookeeper.jar';

interface SystemPackage {
  /** Debian package name. */
  debian: string;
  /** Where the program is found once installed. */
  locate(): string | undefined;
  /** What to tell a user who must install it by hand. */
  hint: string;
}

const chromium: SystemPackage = {
  debian: 'chromium',
  locate: () =>
    [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
      (path): path is string => typeof path === 'string' && path !== '' && existsSync(path),
    ),
  hint: 'install Debian\'s "chromium" (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary',
};

const zookeeper: SystemPackage = {
  debian: 'zookeeper',
  locate: () => (existsSync(ZOOKEEPER_JAR) ? ZOOKEEPER_JAR : undefined),
  hint: 'install Debian\'s "zookeeper" (sudo apt-get install zookeeper) or set ZOOKEEPER_JAR to zookeeper.jar',
};

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

let aptUpdated = false;

function aptInstall(names: string[]): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    aptUpdated = true;
  }
  execFileSync('apt-get', ['install', '-y', '-qq', ...names], { stdio: 'inherit', env });
}

/** Returns each package's location, installing missing ones with apt when running as root. */
function ensure(packages: SystemPackage[]): string[] {
  const missing = packages.filter((pkg) => pkg.locate() === undefined);
  if (missing.length > 0 && canInstallWithApt()) {
    console.log(`Installing Debian packages: ${missing.map((pkg) => pkg.debian).join(' ')}`);
    aptInstall(missing.map((pkg) => pkg.debian));
  }
  return packages.map((pkg) => {
    const location = pkg.locate();
    if (location === undefined) {
      throw new Error(`${pkg.debian} is missing: ${pkg.hint}`);
    }
    return location;
  });
}

export function ensureChromium(): string {
  return ensure([chromium])[0] as string;
}

export function ensureTestPackages(): { chromium: string; zookeeper: string } {
  const [chromiumPath, zookeeperJar] = ensure([chromium, zookeeper]) as [string, string];
  return { chromium: chromiumPath, zookeeper: zookeeperJar };
}
