/** pino for everything outside workflows and activities (those use the SDK's `log`, STYLE.md habit 8). */
import { pino, type Logger } from 'pino';

export type { Logger };

/** Paths pino blanks in every log line, so that credentials never reach the logs. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
  'token',
  '*.token',
  'password',
  '*.password',
];

export function createLogger(level: string, name: string): Logger {
  return pino({ level, name, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } });
}
