/** npm run compose — composes the supergraph at build time and writes it beside the gateway. */
import fs from 'node:fs';
import { composeSupergraph, publicSchemaPath, supergraphPath } from './composition';

try {
  const { supergraphSdl, publicSdl } = composeSupergraph();
  fs.writeFileSync(supergraphPath, supergraphSdl);
  fs.writeFileSync(publicSchemaPath, publicSdl);
  console.log(`Wrote ${supergraphPath} and ${publicSchemaPath}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
