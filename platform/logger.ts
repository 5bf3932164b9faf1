/** JSON logs, one object per line, on standard output (standard error for warnings and errors). */
export type LogLevel = "debug" | "info" | "warn" | "error";

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

/** Creates a logger that writes entries at or above `level`, each carrying `base` fields. */
export function createLogger(level: LogLevel | "silent", base: Record<string, unknown> = {}): Logger {
  const threshold = level === "silent" ? Infinity : LEVELS[level];
  const write = (entryLevel: LogLevel, message: string, fields?: Record<string, unknown>) => {
    if (LEVELS[entryLevel] < threshold) return;
    const entry = { time: new Date().toISOString(), level: entryLevel, msg: message, ...base, ...serialise(fields) };
    const line = JSON.stringify(entry) + "\n";
    if (LEVELS[entryLevel] >= LEVELS.warn) process.stderr.write(line);
    else process.stdout.write(line);
  };
  return {
    debug: (message, fields) => write("debug", message, fields),
    info: (message, fields) => write("info", message, fields),
    warn: (message, fields) => write("warn", message, fields),
    error: (message, fields) => write("error", message, fields),
    child: (fields) => createLogger(level, { ...base, ...fields }),
  };
}

function serialise(fields?: Record<string, unknown>): Record<string, unknown> | undefined {
  if (!fields) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
  }
  return out;
}
