/**
 * Email for notifications, through SMTP when SMTP_URL is configured (nodemailer). A notification is
 * claimed (pending → sending, FOR UPDATE SKIP LOCKED) before it is sent, so two workers never send
 * the same one; a send that fails is marked failed and retried by the next sweep.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import { sql } from 'drizzle-orm';
import type { Database } from '@haven/core/db/database';
import type { Logger } from '@haven/core/logging';

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
    db.rows<{ id: string; email: string; title: string; body: string }>(
      sql`update workflow.notifications n set email_status = 'sending'
          from identity.users u
          where n.id in (select id from workflow.notifications
                         where email_status in ('pending', 'failed') order by created_at
                         limit ${options.limit ?? 50} for update skip locked)
            and u.id = n.recipient_id
          returning n.id, u.email, n.title, n.body`,
      tx,
    ),
  );
  let sent = 0;
  let failed = 0;
  for (const n of claimed) {
    let status = 'sent';
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
    await db.transaction({ system: 'workflow-email' }, (tx) =>
      tx.execute(
        sql`update workflow.notifications set email_status = ${status},
            emailed_at = case when ${status} = 'sent' then now() else emailed_at end where id = ${n.id}::uuid`,
      ),
    );
  }
  return { sent, failed };
}
