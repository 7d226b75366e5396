import type { KeyClass } from './key-names.js';
import type { LineSpan } from './people-lines.js';
import { columnClasses, fieldValueType, nameCell } from './csv-rows.js';
import { personRowId } from './national-ids.js';

/**
 * An export or sync job that logs the columns it writes and one row as a sample
 * (`fields=email,name,user_metadata.national_id sample="jane@x.io,Jane Doe,…"`): each cell of the
 * sample takes the meaning of its field, as a cell of a CSV export takes its header's. A dotted
 * field (`user_metadata.phone`) is named by its last part. Without a field list, a sample with an
 * e-mail cell is still a person's row: the name-shaped cells beside the address are the name, and a
 * national number with its own check digits is the id.
 */

const FIELD_LIST = /(?<![\w.-])(?:fields|columns|cols|attributes|attrs|select|header)=("?)([\w.:/-]{1,64}(?:,[\w.:/-]{1,64}){1,40})\1(?![\w,])/;
const SAMPLE = /(?<![\w.-])(?:sample|sample_row|sampleRow|first_row|firstRow|example_row|preview|preview_row|row_sample)=(["'])([^"'\n]{3,600})\1/g;
const EMAIL_CELL = /^[^\s@"]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+$|^<email:[\w-]{1,16}:[0-9a-f]{8,64}>$/;
// A value an earlier pass already replaced.
const TOKEN = /^<[a-z_]{2,16}:[\w-]{1,16}:[0-9a-f]{8,64}>$/;

/** Cheap test: the word of a sample key. */
export function mayHaveSampleRow(text: string): boolean {
  return text.includes('sample') || text.includes('_row=') || text.includes('Row=') || text.includes('preview=');
}

interface Cell {
  readonly at: number;
  readonly value: string;
}

function sampleCells(body: string, at: number): Cell[] {
  const out: Cell[] = [];
  let from = 0;
  for (const part of body.split(',')) {
    const lead = part.length - part.trimStart().length;
    out.push({ at: at + from + lead, value: part.trim() });
    from += part.length + 1;
  }
  return out;
}

function pushCell(cell: Cell, type: LineSpan[2], spans: LineSpan[]): void {
  if (cell.value.length > 0 && !TOKEN.test(cell.value)) spans.push([cell.at, cell.at + cell.value.length, type]);
}

/** Spans of personal values in the sample rows of a line (see the module comment). */
export function sampleRowSpans(text: string, classify: (key: string) => KeyClass, spans: LineSpan[]): void {
  for (const m of text.matchAll(SAMPLE)) {
    const cells = sampleCells(m[2]!, m.index + m[0].length - 1 - m[2]!.length);
    if (cells.length < 2) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const fields = FIELD_LIST.exec(text.slice(lineStart, m.index));
    const names = fields?.[2]!.split(',');
    if (names !== undefined && names.length === cells.length) {
      const classes = columnClasses(names.map((n) => classify(n.slice(n.lastIndexOf('.') + 1))));
      cells.forEach((cell, i) => {
        const type = fieldValueType(classes[i]!, cell.value);
        if (type !== undefined) pushCell(cell, type, spans);
      });
      continue;
    }
    const mail = cells.findIndex((c) => EMAIL_CELL.test(c.value));
    if (mail < 0) continue;
    for (const j of [mail - 1, mail + 1]) {
      const cell = cells[j];
      if (cell !== undefined && nameCell(cell.value)) pushCell(cell, 'name', spans);
    }
    for (const cell of cells) if (personRowId(cell.value)) pushCell(cell, 'ssn', spans);
  }
}
