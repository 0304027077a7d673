import { ensureTestPackages } from './system-packages';

try {
  const found = ensureTestPackages();
  console.log(`Test packages: chromium ${found.chromium}, zookeeper ${found.zookeeper}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
