/**
 * Rewrites the tables in docs/ that are derived from the code (see
 * scripts/docsTables.ts).
 *
 * Usage: npm run generate:docs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DOC_TABLES, withTable } from './docsTables';

for (const { file, name, render } of DOC_TABLES) {
  const path = fileURLToPath(new URL(`../${file}`, import.meta.url));
  writeFileSync(path, withTable(readFileSync(path, 'utf8'), name, render()));
  console.log(`wrote the ${name} table in ${file}`);
}
