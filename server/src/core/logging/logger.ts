import pino, { type Logger } from 'pino';

/** The process logger type; children carry a `category` and request ids. */
export type AppLogger = Logger;

/**
 * Creates the one pino logger: JSON in production, pretty in development.
 * Secrets never reach it: passwords, tokens and cookies are redacted.
 */
export function createLogger(options: { level: string; pretty: boolean }): AppLogger {
  return pino({
    level: options.level,
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'req.headers.authorization',
        'req.headers.cookie',
        'variables.password',
      ],
      censor: '[redacted]',
    },
    transport: options.pretty
      ? { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l' } }
      : undefined,
  });
}
