/** The tables in docs/ that are derived from the code are current. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOC_TABLES, withTable } from '../../scripts/docsTables';

describe('generated documentation tables', () => {
  it.each(DOC_TABLES.map((table) => [`${table.file} (${table.name})`, table] as const))('%s is current (run `npm run generate:docs` if this fails)', (_, { file, name, render }) => {
    const text = readFileSync(fileURLToPath(new URL(`../../${file}`, import.meta.url)), 'utf8');
    expect(text).toBe(withTable(text, name, render()));
  });
});
