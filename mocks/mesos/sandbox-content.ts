/**
 * What a task writes to its sandbox's stdout and stderr. Docker tasks get the docker
 * executor's preamble and an access-log style stream; shell commands (like the seed's basic-0
 * loop, which sleeps 5 s between writes) get the command executor's preamble and a line every
 * 5 s. Some lines are Simplified Chinese so byte offsets and multi-byte UTF-8 get exercised.
 */
import type { LogSpec } from './generated-log';

export interface SandboxTaskInfo {
  taskId: string;
  agentHostname: string;
  command?: string;
  image?: string;
  /** Host port of the first port mapping, when any. */
  hostPort?: number;
}

export interface SandboxLogs {
  stdout: LogSpec;
  stderr: LogSpec;
}

export function sandboxLogs(task: SandboxTaskInfo): SandboxLogs {
  return task.image ? dockerLogs(task, task.image) : commandLogs(task, task.command ?? 'true');
}

function dockerLogs(task: SandboxTaskInfo, image: string): SandboxLogs {
  const port = task.hostPort ?? 80;
  return {
    stdout: {
      header: [
        '--container="mesos-' +
          task.taskId +
          '" --docker="docker" --mapped_directory="/mnt/mesos/sandbox"',
        `Registered docker executor on ${task.agentHostname}`,
        `Starting task ${task.taskId}`,
        `Pulling image ${image}:latest ... done`,
        '',
      ].join('\n'),
      templates: [
        (seq, iso) => `${iso} 172.17.0.1 - - "GET / HTTP/1.1" 200 615 "-" "curl/7.88" req=${seq}\n`,
        (seq, iso) =>
          `${iso} 172.17.0.1 - - "GET /health HTTP/1.1" 200 2 "-" "marathon-health" req=${seq}\n`,
        (seq, iso) => `${iso} 信息 已处理请求 端口=${port} 序号=${seq}\n`,
        (seq, iso) =>
          `${iso} 172.17.0.1 - - "GET /favicon.ico HTTP/1.1" 404 153 "-" "Mozilla/5.0" req=${seq}\n`,
      ],
      intervalMs: 2_000,
    },
    stderr: {
      header: [
        'I0101 00:00:00.000000  4242 exec.cpp:161] Version: 1.11.0',
        'I0101 00:00:00.000000  4242 exec.cpp:236] Executor registered on agent',
        `Preparing rootfs for ${image}`,
        "Marked '/' as rslave",
        '',
      ].join('\n'),
      templates: [
        (seq, iso) => `${iso} [notice] worker process ${seq} started\n`,
        (seq, iso) => `${iso} [warn] 上游响应缓慢，已重试 序号=${seq}\n`,
      ],
      intervalMs: 30_000,
    },
  };
}

function commandLogs(task: SandboxTaskInfo, command: string): SandboxLogs {
  return {
    stdout: {
      header: [
        'Received SUBSCRIBED event',
        `Subscribed executor on ${task.agentHostname}`,
        'Received LAUNCH event',
        `Starting task ${task.taskId}`,
        `/bin/sh -c "${command}"`,
        'Forked command at 4242',
        '',
      ].join('\n'),
      templates: [
        (seq, iso) => `${iso} Hello hello #${seq}\n`,
        (seq, iso) => `${iso} 你好，世界 #${seq}\n`,
      ],
      intervalMs: 5_000,
    },
    stderr: {
      header: [
        'I0101 00:00:00.000000  4242 fetcher.cpp:579] Fetcher Info: {"cache_directory":"/tmp/mesos/fetch/root"}',
        'I0101 00:00:00.000000  4242 fetcher.cpp:582] 无需下载的 URI',
        '',
      ].join('\n'),
      templates: [(seq, iso) => `${iso} sleep 5 返回 0 次数=${seq}\n`],
      intervalMs: 60_000,
    },
  };
}
