import { existsSync } from 'node:fs';
import { join } from 'node:path';

// The suite proves the built extension, so refuse to run against a missing build rather than
// silently testing nothing. `npm test` builds first; `npm run test:e2e` alone expects a build.
export default function setup() {
  const root = join(import.meta.dirname, '..', '..');
  if (!existsSync(join(root, 'dist', 'manifest.json'))) {
    throw new Error('dist/ is missing: run `npm run build` before the end-to-end suite.');
  }
}
