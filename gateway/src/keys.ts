/**
 * npm run keys — prints fresh keys for server mode (keep them secret): the viewer-token key pair,
 * and a field encryption key for confidential values (to rotate, put a new one first in
 * FIELD_ENCRYPTION_KEYS, keep the old ones after it, and run npm run keys:rotate).
 */
import { newFieldKey } from '@haven/core/crypto/field-cipher';
import { exportViewerKeys, generateViewerKeys } from '@haven/core/viewer';

const { privateJwk, publicJwk } = await exportViewerKeys(await generateViewerKeys());
console.log(`# gateway only\nVIEWER_TOKEN_PRIVATE_KEY='${JSON.stringify(privateJwk)}'`);
console.log(`# every subgraph and the exchange\nVIEWER_TOKEN_PUBLIC_KEY='${JSON.stringify(publicJwk)}'`);
console.log(`# the case subgraph\nFIELD_ENCRYPTION_KEYS='${newFieldKey()}'`);
