/**
 * Writes the JSON Schemas users point their editors at, generated from the zod schemas in
 * shared/ so that they can never drift: `npx node tests/tools/write-schemas.ts`.
 * The outputs are committed; tests/unit/templates.schema.test.ts fails when they are stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { templateJsonSchema } from '../../shared/templates/schema.ts';
import { answersJsonSchema } from '../../shared/scoring/answers.ts';

export const SCHEMA_FILES = {
  'resources/checklists/template.schema.json': templateJsonSchema,
  'resources/checklists/answers.schema.json': answersJsonSchema,
} as const;

export function schemaText(make: () => Record<string, unknown>): string {
  return `${JSON.stringify(make(), null, 2)}\n`;
}

const root = fileURLToPath(new URL('../../', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, make] of Object.entries(SCHEMA_FILES)) {
    writeFileSync(root + path, schemaText(make));
    console.log(`wrote ${path}`);
  }
}
