/**
 * The tables of docs/ that are derived from the code: written between
 * `<!-- name:start -->` and `<!-- name:end -->` markers by
 * `npm run generate:docs`, and checked to be current by
 * test/reliability/docs.test.ts.
 */
import { ruleCodes } from '../src/rules';

/** Which subclass each code is thrown as. */
const CLASS_OF: Readonly<Record<string, string>> = {
  INVALID_DATE: 'InvalidInputError',
  INVALID_TIMESTAMP: 'InvalidInputError',
  INVALID_AMOUNT: 'InvalidInputError',
  INVALID_ARGUMENT: 'InvalidInputError',
  OUT_OF_RANGE: 'OutOfRangeError',
  OUTSIDE_OFFICIAL_DATA: 'CoverageError',
  INVALID_TIMELINE: 'TimelineError',
  UNKNOWN_LABEL: 'UnknownLabelError',
};

/** The rules table: every rule of the catalogue, its code and its class. */
export function rulesTable(): string {
  const rows = ruleCodes().map(({ rule, code, recordCode }) => {
    const inRecord = recordCode === undefined || recordCode === code ? '' : ` (in a record: \`${recordCode}\`)`;
    return `| \`${rule}\` | \`${code}\`${inRecord} | ${CLASS_OF[code] ?? 'ChildrenActComplaintsError'} |`;
  });
  return ['| Rule | Code | Thrown as |', '|---|---|---|', ...rows].join('\n');
}

/** Every generated table, by its marker name and file. */
export const DOC_TABLES: readonly { readonly file: string; readonly name: string; readonly render: () => string }[] = [
  { file: 'docs/errors.md', name: 'rules', render: rulesTable },
];

/** The file's text with the table between its markers replaced. */
export function withTable(text: string, name: string, table: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`markers ${start} … ${end} not found`);
  return `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`;
}
