/** The text web/src/api-types.ts must hold: the document's types, formatted as Biome formats the repo. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { API_VERSION } from './app.js';
import { openApiDocument } from './openapi.js';
import { apiTypesSource } from './openapi-types.js';
import { routes } from './routes.js';

export const API_TYPES_PATH = 'web/src/api-types.ts';

/** `root` is the repository (for Biome and its configuration). */
export function generatedApiTypes(root: string): string {
  const doc = openApiDocument(routes, API_VERSION, 'notnow_session');
  const raw = apiTypesSource(doc);
  return execFileSync(
    join(root, 'node_modules', '.bin', 'biome'),
    ['format', `--stdin-file-path=${API_TYPES_PATH}`],
    {
      cwd: root,
      input: raw,
      encoding: 'utf8',
    },
  );
}
