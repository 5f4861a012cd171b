/**
 * How the server talks to whoever started it. `npm start` on a laptop gets readable lines and
 * one plain "ready" sentence a non-technical person can act on; production (NODE_ENV=production
 * or LOG_FORMAT=json) keeps one JSON object per line for log collectors.
 */
import type { FastifyServerOptions } from 'fastify';
import pretty from 'pino-pretty';
import type { Config } from '../config.js';

export const LOG_FORMATS = ['readable', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/**
 * The default level per format: a person running `npm start` wants to see problems, not two
 * lines per request (LOG_LEVEL=info brings them back); a log collector wants everything at info.
 */
export function defaultLogLevel(format: LogFormat): string {
  return format === 'json' ? 'info' : 'warn';
}

/** Fastify's `logger` option for a config: off, JSON on stdout, or pino-pretty on stdout. */
export function loggerOptions(
  config: Pick<Config, 'logLevel' | 'logFormat'>,
): FastifyServerOptions['logger'] {
  if (config.logLevel === 'silent') return false;
  if (config.logFormat === 'json') return { level: config.logLevel };
  return {
    level: config.logLevel,
    // In-process and synchronous: no worker thread, and the last lines before a crash are written.
    stream: pretty({
      colorize: Boolean(process.stdout.isTTY),
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname',
      singleLine: true,
      sync: true,
    }),
  };
}

export interface ReadyFacts {
  port: number;
  host: string;
  /** The demo region is there (seeded and not switched off): its sign-in is worth telling. */
  demo: boolean;
  demoUser: string;
  demoPassword: string;
  database: 'pglite' | 'postgres';
  dataDir: string | null;
  startMs: number;
}

/** The address to open in a browser: a wildcard or loopback bind is reached at localhost. */
export function browserUrl(host: string, port: number): string {
  const local = ['0.0.0.0', '::', '127.0.0.1', '::1', 'localhost', ''].includes(host);
  const name = local ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/** The one plain sentence `npm start` prints when the server answers (Indonesian, the app's default). */
export function readyLine(facts: ReadyFacts): string {
  const url = browserUrl(facts.host, facts.port);
  const signIn = facts.demo
    ? ` — masuk sebagai ${facts.demoUser}, kata sandi ${facts.demoPassword} (akun demo lain: ${url}/panduan)`
    : '';
  return `Setara siap: buka ${url} di peramban${signIn}. Tekan Ctrl+C untuk berhenti.`;
}

/** The same event as one JSON log record: the fields a collector can filter on, no password. */
export function readyRecord(facts: ReadyFacts): { msg: string; fields: Record<string, unknown> } {
  const url = browserUrl(facts.host, facts.port);
  return {
    msg: `Setara ready on ${url}`,
    fields: {
      url,
      database: facts.database,
      ...(facts.dataDir ? { dataDir: facts.dataDir } : {}),
      demo: facts.demo,
      startMs: facts.startMs,
    },
  };
}
