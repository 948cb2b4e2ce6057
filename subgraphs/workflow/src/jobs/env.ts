import { z } from 'zod';
import { secret } from '@haven/core/config';

/**
 * Email for workflow notifications; shared by npm start (embedded) and the workflow process (server
 * mode). Without SMTP_URL notifications are in-app only.
 */
export const workflowEnvFields = {
  /** smtp://user:password@host:587 or smtps://…:465 (the password makes it a secret). */
  SMTP_URL: secret(
    z
      .string()
      .url()
      .refine((v) => /^smtps?:\/\//.test(v), 'must be an smtp:// or smtps:// URL'),
  ).optional(),
  /** The From address of notification emails. */
  SMTP_FROM: z.string().min(3).default('Haven <haven@localhost>'),
};
