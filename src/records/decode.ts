/**
 * An export's bytes as text. Spreadsheet programs save CSV in several
 * encodings: UTF-8 with or without a byte-order mark, UTF-16 ("Unicode
 * Text", with a mark) and, for Excel's "CSV (Comma delimited)", the Windows
 * code page 1252. The mark settles it where there is one; otherwise bytes
 * that are valid UTF-8 are read as UTF-8, and any others as Windows-1252,
 * which the result then says. Nothing is replaced by U+FFFD.
 *
 * @internal
 * @module
 */

/**
 * The encodings {@link readComplaintsCsv} reads an export's bytes in.
 *
 * @example
 * ```ts
 * import { readComplaintsCsv, type ExportEncoding } from 'children-act-complaints';
 *
 * const bytes = new Uint8Array([0x69, 0x64, 0x2c, 0x72, 0x65, 0x63, 0x65, 0x69, 0x76, 0x65, 0x64, 0x4f, 0x6e, 0x2c, 0x73, 0x65, 0x72, 0x76, 0x69, 0x63, 0x65, 0x41, 0x72, 0x65, 0x61]);
 * const encoding: ExportEncoding | null = readComplaintsCsv(bytes, { columns: { id: 'id', receivedOn: 'receivedOn', serviceArea: 'serviceArea' } }).encoding; // 'utf-8'
 * ```
 */
export type ExportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** An export's text, and how it was read. @internal */
export interface DecodedExport {
  readonly text: string;
  readonly encoding: ExportEncoding;
  /** Whether the bytes began with a byte-order mark (which is not part of the text). */
  readonly bom: boolean;
}

/** Reads an export's bytes: by its byte-order mark, else as UTF-8 when they are valid UTF-8, else as Windows-1252. @internal */
export function decodeExport(bytes: Uint8Array): DecodedExport {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    // Not UTF-8: Excel's "CSV (Comma delimited)" writes the Windows code page, in which every byte is a character.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
  }
}

/**
 * The characters of Windows-1252's bytes 0x80 to 0x9F, where it differs from
 * ISO-8859-1; the five bytes it leaves undefined are read as the C1 controls
 * of the same number, as the WHATWG Encoding Standard does. (Node 20's
 * TextDecoder reads the label 'windows-1252' as ISO-8859-1, so that ’ would
 * come out as U+0092; this table does not rely on it.)
 */
const HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] as number;
    chunk.push(byte >= 0x80 && byte <= 0x9f ? HIGH.charCodeAt(byte - 0x80) : byte);
    if (chunk.length === 8192) {
      text += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return text + String.fromCharCode(...chunk);
}

/**
 * The separator an export uses, from its first line with any content: a tab
 * (Excel's "Unicode Text"), a semicolon (common where the comma is the
 * decimal mark) or a comma, whichever occurs most outside quotes; a comma
 * when none does.
 *
 * @internal
 */
export function detectDelimiter(text: string): ',' | '\t' | ';' {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.trim() !== '') return delimiterOf(line);
    start = end + 1;
  }
  return ',';
}

function delimiterOf(line: string): ',' | '\t' | ';' {
  let quoted = false;
  let commas = 0;
  let tabs = 0;
  let semicolons = 0;
  for (let i = 0; i < line.length; i += 1) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted) {
      if (c === 44) commas += 1;
      else if (c === 9) tabs += 1;
      else if (c === 59) semicolons += 1;
    }
  }
  if (tabs > commas && tabs >= semicolons) return '\t';
  if (semicolons > commas && semicolons > tabs) return ';';
  return ',';
}
