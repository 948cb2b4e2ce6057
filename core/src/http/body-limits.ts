import { z } from 'zod';

/** Largest document (or photo) accepted by upload, before encoding: 10 MiB unless DOCUMENT_MAX_BYTES says otherwise. */
export const DEFAULT_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/** DOCUMENT_MAX_BYTES: 1 KiB to 100 MiB. */
export const documentMaxBytesEnvField = () =>
  z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(DEFAULT_DOCUMENT_MAX_BYTES);

/**
 * The largest GraphQL request body the gateway and the case subgraph accept: a document travels as
 * base64 inside the JSON body (4 bytes for every 3), plus room for the query and the other
 * arguments. Nothing larger is buffered.
 */
export function graphqlBodyLimit(documentMaxBytes: number = DEFAULT_DOCUMENT_MAX_BYTES): number {
  return Math.ceil(documentMaxBytes / 3) * 4 + 1_000_000;
}
