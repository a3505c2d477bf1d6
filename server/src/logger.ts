/** Minimal levelled logger; tests pass a silent one. Never log tokens or document contents. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const LEVELS = { silent: 0, error: 1, warn: 2, info: 3 } as const;
export type LogLevel = keyof typeof LEVELS;

export function isLogLevel(value: string): value is LogLevel {
  return value in LEVELS;
}

export function createLogger(level: LogLevel = 'info'): Logger {
  const threshold = LEVELS[level];
  const write = (lvl: Exclude<LogLevel, 'silent'>, message: string, fields?: Record<string, unknown>) => {
    if (LEVELS[lvl] > threshold) return;
    const suffix = fields ? ` ${JSON.stringify(fields)}` : '';
    const line = `${new Date().toISOString()} ${lvl.toUpperCase()} ${message}${suffix}`;
    if (lvl === 'info') console.log(line);
    else console.error(line);
  };
  return {
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}
