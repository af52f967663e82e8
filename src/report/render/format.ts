/**
 * Formatting and escaping shared by the renderers.
 *
 * @internal
 * @module
 */
import type { GridCell } from './grid';

/** Groups thousands with commas, as UK reports write them: 1919 → "1,919". No locale is consulted. */
export function groupThousands(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = (whole as string).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function figure(kind: GridCell['kind'], value: number | null): string {
  if (value === null) return '–';
  return kind === 'percent' ? `${groupThousands(value)}%` : groupThousands(value);
}

/** A cell as a reader sees it: "3 (9)", "20% (8%)", "–" where there is no figure. */
export function cellText(cell: GridCell): string {
  if (cell.kind === 'text') return String(cell.value);
  const shown = figure(cell.kind, cell.value as number | null);
  return cell.previous === undefined ? shown : `${shown} (${figure(cell.kind, cell.previous)})`;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/**
 * Escapes text for a Markdown table cell or line: Markdown's punctuation is
 * backslash-escaped, HTML is written as entities, and a line break becomes a
 * space, so data can neither break the table nor inject markup.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]|#]/g, (c) => `\\${c}`);
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line
 * break, quotes doubled. Text beginning with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is prefixed with an apostrophe, so a spreadsheet does not
 * run it as a formula.
 */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `'2021-05-28'` → `'28 May 2021'`. */
export function longDate(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`;
}
