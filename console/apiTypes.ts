/**
 * The console's API types come from the API's own OpenAPI document, built in code (api/app.ts buildOpenApiDocument)
 * without a server, by openapi-typescript. The generated file is committed (console/src/api.d.ts) so the console
 * typechecks on a fresh clone; test/console/apiTypes.test.ts fails when it no longer matches the routes.
 *
 *   npm run console:types   # regenerate after changing a route
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import prettier from 'prettier';
import { buildOpenApiDocument } from '../api/app';

export const API_TYPES_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'src', 'api.d.ts');

const HEADER =
  '/**\n * Generated from the API\u2019s OpenAPI document by console/apiTypes.ts (openapi-typescript). Do not edit:\n' +
  ' * run `npm run console:types`.\n */\n\n';

/** The TypeScript text of `paths`, `components` and `operations` for the API as the code declares it now. */
export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS(buildOpenApiDocument() as unknown as OpenAPI3, { alphabetize: false });
  // Formatted as the repository formats everything, so `prettier --check .` passes on the committed file.
  const options = (await prettier.resolveConfig(API_TYPES_FILE)) ?? {};
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: API_TYPES_FILE });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeFile(API_TYPES_FILE, await generateApiTypes());
  process.stdout.write(`wrote ${path.relative(process.cwd(), API_TYPES_FILE)}\n`);
}
