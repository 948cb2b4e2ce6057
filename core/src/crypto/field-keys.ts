import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { newFieldKey, parseFieldKeys, type FieldKeyring } from './field-cipher';

/** FIELD_ENCRYPTION_KEYS: `id:base64key[,id:base64key…]`, the first one active (npm run keys prints one). */
export const fieldKeysEnvField = () =>
  z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (value === undefined) return;
      try {
        parseFieldKeys(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    });

/**
 * Embedded mode keeps its field key in a file beside the database folder, made on first start; a
 * server deployment gives FIELD_ENCRYPTION_KEYS from its secret store, so that a copy of the
 * database alone does not reveal confidential values.
 */
export function loadOrCreateFieldKeyFile(file: string): FieldKeyring {
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, `${newFieldKey()}\n`, { mode: 0o600, flag: 'wx' });
  }
  return parseFieldKeys(fs.readFileSync(file, 'utf8'));
}
