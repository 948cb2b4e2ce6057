import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * One root logger per process; components take a child. Case field values are never logged:
 * log identifiers and counts only. The redact list is a second line of defence.
 */
export function createLogger(
  options: { level?: string; name?: string; destination?: pino.DestinationStream } = {},
): Logger {
  const config = {
    name: options.name ?? 'haven',
    level: options.level ?? 'info',
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'headers.authorization',
        'headers.cookie',
        '*.password',
        '*.token',
        'viewerToken',
      ],
      censor: '[redacted]',
    },
  };
  return options.destination ? pino(config, options.destination) : pino(config);
}

/** Request ids travel in this header from the gateway to subgraphs and the exchange. */
export const REQUEST_ID_HEADER = 'x-request-id';

const requestIdPattern = /^[A-Za-z0-9._:-]{8,128}$/;

/** Accepts a caller's request id only if it is a plausible token; otherwise makes a new one. */
export function requestIdFrom(value: string | string[] | undefined | null): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  return candidate && requestIdPattern.test(candidate) ? candidate : crypto.randomUUID();
}
