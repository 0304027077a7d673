/**
 * Child process of the bench: the simulated cluster alone (created, served, its state read once),
 * so the bench can tell the proxy's memory from the simulation's sharing its process. Prints one
 * JSON line of MemoryFigures.
 */
import { createSimulatedCluster, serveCluster } from '../mocks/index';
import { measureMemory } from './memory';

const [agents, extraTasks] = process.argv.slice(2).map(Number);
const cluster = createSimulatedCluster({
  ...(agents !== undefined && { agents }),
  ...(extraTasks !== undefined && { extraTasks }),
});
const served = await serveCluster(cluster, { host: '127.0.0.1' });
const state = await fetch(`${served.masterUrls[0] ?? ''}/master/state`);
await state.arrayBuffer();
console.log(JSON.stringify(measureMemory()));
await served.close();
