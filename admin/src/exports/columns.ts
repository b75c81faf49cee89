import type { Translate } from '../i18n/formatMessage';

/** A cell's kind decides how it is written: numbers stay numbers, days become dates, years are never grouped. */
export type CellKind = 'text' | 'number' | 'integer' | 'year' | 'percent' | 'day' | 'boolean';
export type CellValue = string | number | boolean | null | undefined;

/** What the export helpers need to say a value in the user's language. */
export type ExportContext = { translate: Translate; locale: string };

/**
 * One column of an export: a Vietnamese (or English) header, and the value of a record written as
 * an official reads it: labels instead of codes, names instead of ids.
 */
export type ExportColumn<R> = {
  /** A translation key (resources.X.fields.y, hoagiai....) or a ready label. */
  header: string;
  value: (record: R, ctx: ExportContext) => CellValue;
  kind?: CellKind;
  /** Width in characters. */
  width?: number;
};

/** A table to export: its sheet's name and its rows. */
export type ExportTable = { sheet: string; headers: string[]; kinds: CellKind[]; widths: number[]; rows: CellValue[][] };

export function toTable<R>(sheet: string, columns: ExportColumn<R>[], records: R[], ctx: ExportContext): ExportTable {
  return {
    sheet,
    headers: columns.map((column) => ctx.translate(column.header, { _: column.header, smart_count: 1 })),
    kinds: columns.map((column) => column.kind ?? 'text'),
    widths: columns.map((column) => column.width ?? (column.kind && column.kind !== 'text' ? 14 : 28)),
    rows: records.map((record) => columns.map((column) => column.value(record, ctx))),
  };
}

// Helpers for column definitions ------------------------------------------------------------------

type Labelled = { name?: string | null; code?: string | null } | null | undefined;

/** "Xã Mỹ Tú (31597)": a unit by its name and code (codes repeat across eras, names across provinces). */
export const unitName = (unit: Labelled): string => (unit?.name ? (unit.code ? `${unit.name} (${unit.code})` : unit.name) : '');

/** The label of a code: `hoagiai.<prefix>.<value>`. */
export const label = (prefix: string) => (value: unknown, ctx: ExportContext): string =>
  value == null || value === '' ? '' : ctx.translate(`hoagiai.${prefix}.${String(value)}`, { _: String(value) });

/** Yes or no, in words. */
export const yesNo = (value: unknown, ctx: ExportContext): string =>
  value == null ? '' : ctx.translate(value ? 'hoagiai.export.yes' : 'hoagiai.export.no');

/** A field's header. */
export const field = (resource: string, name: string) => `resources.${resource}.fields.${name}`;
