import { FormatError } from './format-error';

/** One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * OWASP's rule for CSV that may be opened in a spreadsheet: a cell beginning with `= + - @`, a
 * tab or a carriage return is read as a formula there (`=cmd|' /C calc'!A0`); a leading `'`
 * makes it text.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** What `neutralizeFormula` did, undone (Pird reading its own CSV back). */
export function restoreFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** A CSV field for a spreadsheet: text that would start a formula is neutralized; numbers stay numbers. */
export function spreadsheetField(value: string | number): string {
  return csvField(typeof value === 'number' ? value : neutralizeFormula(value));
}

/** Rows to CSV text with CRLF line ends, as RFC 4180 has it; text cells neutralized for spreadsheets. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((row) => row.map(spreadsheetField).join(',')).join('\r\n') + '\r\n';
}

/** A delimited row with the 1-based line it starts on. */
export interface DelimitedRow {
  readonly fields: string[];
  readonly line: number;
}


/**
 * Reads CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) or TSV with the
 * same quoting, CRLF or LF. Empty lines are skipped. A quote left open is an error naming the
 * line where its field began. CSV cells a spreadsheet-safe export neutralized (`'=…`) are read
 * back as they were.
 */
export function parseDelimited(text: string, delimiter: ',' | '\t'): DelimitedRow[] {
  const rows = parseDelimitedRaw(text, delimiter);
  if (delimiter === ',') for (const row of rows) row.fields.forEach((field, k) => (row.fields[k] = restoreFormula(field)));
  return rows;
}

function parseDelimitedRaw(text: string, delimiter: ',' | '\t'): DelimitedRow[] {
  const rows: DelimitedRow[] = [];
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ fields, line: rowLine });
    fields = [];
    field = '';
  };
  while (i < input.length) {
    const char = input[i];
    if (char === '"' && field === '') {
      const startLine = line;
      i++;
      for (;;) {
        if (i >= input.length) throw new FormatError('a quoted field is never closed', startLine);
        const c = input[i];
        if (c === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        field += c;
        i++;
      }
      const next = input[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        throw new FormatError('text after a closing quote', line);
      }
      continue;
    }
    if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else field += char;
    i++;
  }
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}
