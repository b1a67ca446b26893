// CSV files of ecosystems and gatherings: UTF-8 with a byte order mark (so spreadsheet programs
// read the accents right), RFC 4180 (comma, CRLF, quotes doubled inside quoted cells), and
// text cells that a spreadsheet would run as a formula made inert.
import Papa from 'papaparse';
import type { EventSource } from '../api/event-schema';
import {
  ECOSYSTEM_FIELDS,
  ecosystemRecord,
  type EcosystemExportContext,
  type ExportableEcosystem,
} from './ecosystem-record';
import { EVENT_FIELDS, eventRecord, type EventExportContext } from './event-record';
import type { ExportValue } from './export-values';

export const BOM = '\uFEFF';

/**
 * A text cell starting with one of these is prefixed with `'` and quoted (OWASP's advice on
 * CSV injection). Papaparse's own `escapeFormulae: true` uses `/^[=+\-@\t\r].*$/`, whose `.`
 * stops at a line break: "=1+1\nx" would slip through, so this pattern checks the first
 * character only. Numbers (a negative longitude) are written as numbers and never prefixed;
 * a text cell such as "-5" is prefixed, since a spreadsheet would read it as a formula too.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: ExportValue): string | number {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return value;
}

/** A header row and one row per record, in the order of `fields`. */
export function toCsv<F extends string>(
  fields: readonly F[],
  records: readonly Record<F, ExportValue>[],
): string {
  const data = records.map((record) => fields.map((field) => cell(record[field])));
  return (
    BOM +
    Papa.unparse(
      { fields: [...fields], data },
      { newline: '\r\n', delimiter: ',', quoteChar: '"', escapeFormulae: FORMULA_START },
    )
  );
}

export const ecosystemsCsv = (
  ecosystems: readonly ExportableEcosystem[],
  context: EcosystemExportContext,
): string =>
  toCsv(
    ECOSYSTEM_FIELDS,
    ecosystems.map((ecosystem) => ecosystemRecord(ecosystem, context)),
  );

export const eventsCsv = (events: readonly EventSource[], context: EventExportContext): string =>
  toCsv(
    EVENT_FIELDS,
    events.map((event) => eventRecord(event, context)),
  );
