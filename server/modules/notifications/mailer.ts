/**
 * Outgoing e-mail through the SMTP server of config.smtp (nodemailer). One transport per app,
 * pooled, so a burst of notifications reuses a connection instead of opening one per mail.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { SmtpConfig } from '../../config.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Files sent along (the meetings module's invitation letter PDF). */
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

export function createMailer(smtp: SmtpConfig): Mailer {
  const transport: Transporter = smtp.url
    ? nodemailer.createTransport(smtp.url, { from: smtp.from })
    : nodemailer.createTransport(
        {
          host: smtp.host!,
          port: smtp.port,
          secure: smtp.secure,
          auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined,
          pool: true,
          // A mail server that hangs must not hold a job (and its heartbeat) for minutes.
          connectionTimeout: 15_000,
          greetingTimeout: 15_000,
          socketTimeout: 30_000,
        },
        { from: smtp.from },
      );
  return {
    async send(mail) {
      await transport.sendMail({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        attachments: mail.attachments,
      });
    },
    close() {
      transport.close();
    },
  };
}
