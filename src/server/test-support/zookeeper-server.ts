import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's `zookeeper` package; its manifest Class-Path pulls in the other jars it needs. */
export const ZOOKEEPER_JAR = '/usr/share/java/zookeeper.jar';

export interface ZooKeeperTestServer {
  /** `127.0.0.1:<port>` */
  connectionString: string;
  port: number;
  /** Stops the server process, keeping its data: clients see connection refused. */
  halt(): Promise<void>;
  /** Starts it again on the same port and data (sessions survive if not yet expired). */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

/** Whether ZooKeeper tests may be skipped (STADIUM_SKIP_ZK=1; CI never sets it). */
export const skipZooKeeperTests = process.env['STADIUM_SKIP_ZK'] === '1';

const READY_TIMEOUT_MS = 30_000;

/**
 * Starts a standalone ZooKeeper on a free loopback port with its data in a temp directory, and
 * resolves once `srvr` says it is serving (`ruok` answers earlier than that). Fails with
 * installation advice when ZooKeeper or Java is missing.
 */
export async function startZooKeeperServer(
  options: { jar?: string } = {},
): Promise<ZooKeeperTestServer> {
  const jar = options.jar ?? ZOOKEEPER_JAR;
  if (!existsSync(jar)) {
    throw new Error(
      `ZooKeeper is not installed (${jar} is missing). Install it with ` +
        '`sudo apt-get install -y zookeeper` (Debian/Ubuntu), or set STADIUM_SKIP_ZK=1 to skip these tests.',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'stadium-zk-'));
  mkdirSync(join(dir, 'data'));
  const port = await freePort();
  writeFileSync(
    join(dir, 'zoo.cfg'),
    [
      'tickTime=500',
      `dataDir=${join(dir, 'data')}`,
      `clientPort=${port}`,
      'clientPortAddress=127.0.0.1',
      'admin.enableServer=false',
      '4lw.commands.whitelist=srvr',
      '',
    ].join('\n'),
  );
  let child: ChildProcess | null = null;
  const launch = async () => {
    const output: Buffer[] = [];
    const started = spawn(
      'java',
      ['-cp', jar, 'org.apache.zookeeper.server.ZooKeeperServerMain', join(dir, 'zoo.cfg')],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = started;
    started.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    started.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    await waitUntilServing(started, port, () => Buffer.concat(output).toString('utf8'));
  };
  const halt = async () => {
    if (child) await stopProcess(child);
    child = null;
  };
  const stop = () => halt().finally(() => rmSync(dir, { recursive: true, force: true }));
  try {
    await launch();
  } catch (error) {
    await stop();
    throw error;
  }
  return { connectionString: `127.0.0.1:${port}`, port, halt, resume: launch, stop };
}

async function waitUntilServing(
  child: ChildProcess,
  port: number,
  output: () => string,
): Promise<void> {
  let exit: string | null = null;
  child.once('error', (error) => {
    exit = error.message.includes('ENOENT')
      ? 'java is not installed (apt-get install -y default-jre-headless)'
      : error.message;
  });
  child.once('exit', (code, signal) => (exit ??= `exited with ${code ?? signal}`));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exit) throw new Error(`ZooKeeper did not start: ${exit}\n${output()}`);
    if ((await fourLetterWord(port, 'srvr')).includes('Mode: standalone')) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(
    `ZooKeeper on port ${port} was not serving after ${READY_TIMEOUT_MS} ms\n${output()}`,
  );
}

function fourLetterWord(port: number, word: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    const chunks: Buffer[] = [];
    socket.setTimeout(1_000, () => socket.destroy());
    socket.on('connect', () => socket.end(word));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', () => undefined);
  });
}

/**
 * A free port below Linux's ephemeral range, picked at random: a server that a test stops and
 * restarts keeps its port, and the port-0 servers of tests running alongside (which the kernel
 * takes from the ephemeral range) must not be handed it while it is down.
 */
async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await isFree(port)) return port;
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * A TCP server that accepts connections and never says a word, like a ZooKeeper that is still
 * starting or a half-dead host: clients without a handshake deadline wait on it forever.
 */
export async function startSilentServer(): Promise<{ port: number; stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on: connecting to it is refused. */
export { freePort as unusedPort };
