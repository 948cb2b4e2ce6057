/** npm run keys — prints a fresh viewer-token key pair for server mode (keep the private half secret). */
import { exportViewerKeys, generateViewerKeys } from '@haven/core/viewer';

const { privateJwk, publicJwk } = await exportViewerKeys(await generateViewerKeys());
console.log(`# gateway only\nVIEWER_TOKEN_PRIVATE_KEY='${JSON.stringify(privateJwk)}'`);
console.log(`# every subgraph and the exchange\nVIEWER_TOKEN_PUBLIC_KEY='${JSON.stringify(publicJwk)}'`);
