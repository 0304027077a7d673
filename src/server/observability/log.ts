export type LogLevel = 'info' | 'warn' | 'error';
export type LogFormat = 'text' | 'json';
export const LOG_FORMATS: readonly LogFormat[] = ['text', 'json'];

/**
 * Structured detail of a log line. `event` names what happened (`leader-change`, `refused`,
 * `upstream-error`, `config`, …) so log shippers can filter without parsing the message.
 */
export interface LogFields {
  level?: LogLevel;
  event?: string;
  [field: string]: unknown;
}

/** Where Stadium's operational notes go: one call per event, never one per poll. */
export type StadiumLog = (message: string, fields?: LogFields) => void;

/**
 * A log writing one line per call: `text` is `<ISO time> [LEVEL ]<message>` for people,
 * `json` one object per line (`time`, `level`, `message`, then the fields) for log shippers.
 */
export function createLog(
  format: LogFormat,
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  now: () => Date = () => new Date(),
): StadiumLog {
  return (message, fields = {}) => {
    const { level = 'info', ...rest } = fields;
    const time = now().toISOString();
    if (format === 'text') {
      write(`${time} ${level === 'info' ? '' : `${level.toUpperCase()} `}${message}`);
      return;
    }
    write(jsonLine({ time, level, message, ...rest }));
  };
}

function jsonLine(record: Record<string, unknown>): string {
  try {
    return JSON.stringify(record, (_key, value: unknown) =>
      value instanceof Error ? (value.stack ?? value.message) : value,
    );
  } catch {
    // A field that cannot be serialised (a cycle, a BigInt) must not lose the line itself.
    const { time, level, message } = record;
    return JSON.stringify({ time, level, message, fieldsDropped: true });
  }
}
