/**
 * The command line's commands and options, parsed by commander, and the one
 * place where every failure becomes a message and an exit code.
 *
 * @internal
 * @module
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { version } from '../../package.json';
import {
  childrenAct1989England,
  ChildrenActComplaintsError,
  createWorkingDayCalendar,
  parsePlainDate,
  CONVENTION_OPTIONS,
  type PlainDate,
  type ReceiptConvention,
  type Region,
} from '../index';
import { runDue } from './due';
import { CliFailure, EXIT_CODES, type CliIo } from './io';
import { describeError } from './messages';
import { REPORT_FORMATS, runReport, type ReportFormat } from './report';
import { runValidate } from './validate';

const EXIT_CODE_HELP = `
Exit codes:
  0   done; no row rejected
  1   the input data has problems: rows rejected (listed with row, field and
      reason; report still writes its output), or a file that is not valid
      CSV or JSON, or a column mapping that does not fit the file
  2   usage error: unknown command or option, a malformed date, year or value
  3   a file cannot be read or written
  70  a bug in this tool; please report it`;

/** A date argument or option: a real `YYYY-MM-DD` date, else a usage error. */
function dateArgument(value: string): PlainDate {
  try {
    return parsePlainDate(value);
  } catch (error) {
    throw new InvalidArgumentError(describeError(error));
  }
}

/** A region: one the calendar knows, else a usage error with the choices. */
function regionArgument(value: string): Region {
  try {
    return createWorkingDayCalendar({ region: value as Region }).region;
  } catch (error) {
    throw new InvalidArgumentError(describeError(error));
  }
}

interface Outcome {
  code: number;
}

function addDue(program: Command, io: CliIo, outcome: Outcome): void {
  const receiptDefault = childrenAct1989England.receipt.default;
  program
    .command('due')
    .summary('the statutory deadlines of a stage that starts on a date')
    .description(
      'Prints the deadlines of a stage of the children’s statutory complaints procedure (SI 2006/1738) that starts on <date>: ' +
        'the day a complaint is received (Stage 1) or the day the complainant asks for Stage 2 or 3. The figures come from the ' +
        'procedure data, with each rule’s regulation and how well it is verified.',
    )
    .argument('<date>', 'the day the stage starts, YYYY-MM-DD', dateArgument)
    .addOption(new Option('--stage <stage>', 'the stage: 1 local resolution, 2 investigation, 3 review panel').choices(['1', '2', '3']).default('1'))
    .option('--extended', 'give the deadline under the longest extension the regulations allow', false)
    .addOption(new Option('--region <region>', 'whose bank holidays to skip').default('england-and-wales').argParser(regionArgument))
    .addOption(
      new Option('--receipt <convention>', 'a start on a non-working day: count from it, or from the next working day (unverified rule)')
        .choices([...CONVENTION_OPTIONS.receipt])
        .default(receiptDefault),
    )
    .option('--json', 'print the result as JSON', false)
    .addHelpText('after', `\nExamples:\n  $ children-act-complaints due 2024-03-25\n  $ children-act-complaints due 2024-05-02 --stage 2 --extended\n  $ children-act-complaints due 2024-06-03 --stage 3 --json\n${EXIT_CODE_HELP}`)
    .action((date: PlainDate, options: { stage: string; extended: boolean; region: Region; receipt: ReceiptConvention; json: boolean }) => {
      outcome.code = runDue(io, date, { ...options, stage: Number(options.stage) as 1 | 2 | 3 });
    });
}

function addValidate(program: Command, io: CliIo, outcome: Outcome): void {
  program
    .command('validate')
    .summary('check a records file and list the rejected rows')
    .description(
      'Checks every row of a complaint records file (CSV or JSON) and lists each rejected row with its row number, line, ' +
        'id, column, field and the reason. Exits 1 when any row is rejected.',
    )
    .argument('<file>', 'the records: a .csv export or a .json array of records; - reads standard input')
    .option('--columns <mapping.json>', 'for CSV: a JSON object mapping your headings to record fields (without it, the headings must be the field names)')
    .option('--as-of <date>', 'the day the data was extracted: rows dated later are rejected (no default: the clock is never read)', dateArgument)
    .option('--json', 'print the result as JSON', false)
    .option('--progress', 'always show the progress line on stderr')
    .option('--no-progress', 'never show it (by default it is shown for files of 1 MB or more, when stderr is a terminal)')
    .addHelpText('after', `\nExamples:\n  $ children-act-complaints validate complaints.csv --columns complaints.columns.json\n  $ children-act-complaints validate complaints.json --as-of 2025-05-31\n${EXIT_CODE_HELP}`)
    .action((file: string, options: { columns?: string; asOf?: PlainDate; json: boolean; progress?: boolean }) => {
      outcome.code = runValidate(io, file, { columns: options.columns, asOf: options.asOf, json: options.json, progress: options.progress });
    });
}

function addReport(program: Command, io: CliIo, outcome: Outcome): void {
  program
    .command('report')
    .summary('the annual report’s tables from a records file')
    .description(
      'Builds the tables of the statutory annual complaints report for a financial year from a records file (CSV or JSON) ' +
        'and writes them as Markdown, HTML, CSV or JSON. Rejected rows are listed on stderr and left out; the exit code is then 1.',
    )
    .argument('<file>', 'the records: a .csv export or a .json array of records; - reads standard input')
    .requiredOption('--year <year>', 'the financial year, 1 April to 31 March, e.g. 2024/25')
    .option('--previous <file>', 'last year’s records (read with the same --columns), or last year’s report saved with --format json')
    .option('--columns <mapping.json>', 'for CSV: a JSON object mapping your headings to record fields')
    .addOption(new Option('--format <format>', 'the output format (default: from the --out extension, else md)').choices([...REPORT_FORMATS]))
    .option('--out <path>', 'write to this file instead of standard output')
    .option(
      '--as-of <date>',
      'the day the records describe, usually the day they were extracted (default: the later of the year’s last day and the latest date in the records)',
      dateArgument,
    )
    .option('--table <id>', 'with --format csv: only this table (e.g. response-times)')
    .option('--title <title>', 'the report’s title')
    .option('--allow-rejected', 'exit 0 even when rows were rejected', false)
    .option('--progress', 'always show the progress line on stderr')
    .option('--no-progress', 'never show it (by default it is shown for files of 1 MB or more, when stderr is a terminal)')
    .addHelpText(
      'after',
      `\nExamples:\n  $ children-act-complaints report complaints.csv --columns complaints.columns.json --year 2024/25 --as-of 2025-05-31 --out report.md\n  $ children-act-complaints report complaints.json --year 2024/25 --previous report-2023-24.json --format html --out report.html\n${EXIT_CODE_HELP}`,
    )
    .action(
      (
        file: string,
        options: { year: string; previous?: string; columns?: string; format?: ReportFormat; out?: string; asOf?: PlainDate; table?: string; title?: string; allowRejected: boolean; progress?: boolean },
      ) => {
        outcome.code = runReport(io, file, {
          year: options.year,
          previous: options.previous,
          columns: options.columns,
          format: options.format,
          out: options.out,
          asOf: options.asOf,
          table: options.table,
          title: options.title,
          allowRejected: options.allowRejected,
          progress: options.progress,
        });
      },
    );
}

/**
 * Builds the program: the `due`, `validate` and `report` commands, with
 * commander's help and errors sent to `io` instead of exiting the process.
 *
 * @internal
 */
export function createProgram(io: CliIo, outcome: Outcome): Command {
  const program = new Command('children-act-complaints')
    .description('Deadlines, record checks and annual-report tables for the children’s statutory complaints procedure in England (SI 2006/1738).')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', EXIT_CODE_HELP);
  addDue(program, io, outcome);
  addValidate(program, io, outcome);
  addReport(program, io, outcome);
  return program;
}

/**
 * Runs the command line on the given arguments (without `node` and the
 * script) and returns the exit code. Never throws and never exits the
 * process: every failure is written to stderr as a sentence (no stack) and
 * becomes one of the documented exit codes.
 *
 * @internal
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const outcome: Outcome = { code: EXIT_CODES.ok };
  try {
    await createProgram(io, outcome).parseAsync([...argv], { from: 'user' });
    return outcome.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help asked for (--help, `help <command>`) and --version end well; help shown because no command was given does not.
      if (error.exitCode === 0 && ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code)) return EXIT_CODES.ok;
      return EXIT_CODES.usage; // commander has already written the message
    }
    if (error instanceof CliFailure) {
      io.stderr(`error: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof ChildrenActComplaintsError) {
      io.stderr(`error: ${describeError(error)}\n`);
      return EXIT_CODES.invalidData;
    }
    io.stderr(`internal error: ${error instanceof Error ? error.message : String(error)}\nThis is a bug in children-act-complaints; please report it with the command you ran.\n`);
    return EXIT_CODES.internal;
  }
}
