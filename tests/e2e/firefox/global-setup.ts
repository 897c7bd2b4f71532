import { existsSync } from 'node:fs';
import { join } from 'node:path';

// The suite proves the built Firefox add-on: refuse to run against a missing build.
export default function setup() {
  const root = join(import.meta.dirname, '..', '..', '..');
  if (!existsSync(join(root, 'dist-firefox', 'manifest.json'))) {
    throw new Error('dist-firefox/ is missing: run `npm run build` before the Firefox suite.');
  }
}
