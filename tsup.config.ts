import { defineConfig } from 'tsup';

// Kept deliberately small: tsup is unmaintained upstream, so moving to tsdown
// should only ever mean replacing this one file.
//
// One build, four entries. Code splitting puts the library in a chunk the
// root entry, the testing subpath and the command line all import, so
// `children-act-complaints/testing` works on the very same classes and
// calendars as the root (a calendar made by the root's
// createWorkingDayCalendar is recognised by the testing helpers' checks),
// and nothing is bundled twice. fast-check, commander and the other
// dependencies stay external.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    testing: 'src/testing/index.ts',
    schemas: 'src/schemas/index.ts',
    cli: 'src/cli/main.ts',
  },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', testing: 'src/testing/index.ts', schemas: 'src/schemas/index.ts' } },
  splitting: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  treeshake: true,
});
