#!/usr/bin/env node
/**
 * The `children-act-complaints` command. See `children-act-complaints --help`
 * and the README's "Command line" section.
 *
 * @internal
 * @module
 */
import { processIo } from './io';
import { run } from './run';

void run(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
