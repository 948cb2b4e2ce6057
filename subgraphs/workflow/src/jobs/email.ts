/**
 * Email for notifications, through SMTP when SMTP_URL is configured (nodemailer). A notification is
 * claimed (pending → sending, FOR UPDATE SKIP LOCKED) before it is sent, so two workers never send
 * the same one; a send that fails is marked failed and retried by the next sweep.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Database } from '@haven/core/db/database';
import type { Logger } from '@haven/core/logging';
import * as store from './store';

export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
  close(): void;
}

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport: Transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    close: () => transport.close(),
  };
}

export async function deliverEmails(
  db: Database,
  mailer: Mailer,
  log: Logger,
  options: { limit?: number } = {},
): Promise<{ sent: number; failed: number }> {
  const claimed = await db.transaction({ system: 'workflow-email' }, (tx) =>
    store.claimEmails(tx, options.limit ?? 50),
  );
  let sent = 0;
  let failed = 0;
  for (const n of claimed) {
    let status: 'sent' | 'failed' = 'sent';
    try {
      await mailer.send({
        to: n.email,
        subject: `[Haven] ${n.title}`,
        text: `${n.body}\n\nOpen Haven to see the case.`,
      });
      sent++;
    } catch (error) {
      status = 'failed';
      failed++;
      log.warn({ err: error, notificationId: n.id }, 'notification email failed');
    }
    await db.transaction({ system: 'workflow-email' }, (tx) => store.setEmailStatus(tx, n.id, status));
  }
  return { sent, failed };
}
