/**
 * Rewrites src/calendar/data/holidays.generated.ts from date-holidays and the
 * official England and Wales list. See scripts/holidayData.ts for the rules.
 *
 * Usage: npm run generate:holidays
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateHolidayModule } from './holidayData';

const target = fileURLToPath(new URL('../src/calendar/data/holidays.generated.ts', import.meta.url));
writeFileSync(target, generateHolidayModule());
console.log(`wrote ${target}`);
