/**
 * A real SMTP server inside the test process (smtp-server), which keeps every message it
 * accepts, parsed (mailparser), so tests read what Setara delivered — attachments included. `failNext(n)` makes it
 * refuse the next n messages with a temporary error, as a mail server under load does.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface DeliveredMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  attachments: DeliveredAttachment[];
}

export interface DeliveredAttachment {
  /** The file name the message gives ('' when none). */
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface TestSmtp {
  port: number;
  /** The environment that points Setara at this server. */
  env: Record<string, string>;
  delivered: DeliveredMail[];
  /** Refuses the next `n` messages (451, try again later). */
  failNext(n: number): void;
  /** Resolves once `count` messages in all have been delivered, or rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<DeliveredMail[]>;
  /**
   * Resolves with the first delivered message `matches` accepts, waiting for it if needed. The
   * app's own job poller may already be sending it when a test calls `jobs.runDue()` (which then
   * finds nothing left to claim and returns at once), so tests wait for the message itself.
   */
  waitForMail(matches: (mail: DeliveredMail) => boolean, timeoutMs?: number): Promise<DeliveredMail>;
  close(): Promise<void>;
}

export async function startTestSmtp(): Promise<TestSmtp> {
  const delivered: DeliveredMail[] = [];
  let failures = 0;
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const refuse = failures > 0;
      if (refuse) failures--;
      simpleParser(stream)
        .then((parsed) => {
          if (refuse) {
            const error = new Error('try again later') as Error & { responseCode: number };
            error.responseCode = 451;
            return callback(error);
          }
          delivered.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            attachments: parsed.attachments.map((a) => ({
              filename: a.filename ?? '',
              contentType: a.contentType,
              content: a.content,
            })),
          });
          callback();
          for (const wake of waiters.splice(0)) wake();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_FROM: 'Setara <setara@test.invalid>' },
    delivered,
    failNext(n) {
      failures = n;
    },
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (delivered.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`expected ${count} mails, ${delivered.length} delivered`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return delivered;
    },
    async waitForMail(matches, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = delivered.find(matches);
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching mail among ${delivered.length} delivered`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
