import { useState, type MouseEvent } from 'react';
import { Menu, MenuItem } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, useDataProvider, useListContext, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { SparseField } from '../graphql/fieldSelections';
import { toTable, type ExportColumn, type ExportTable } from './columns';

type Format = 'xlsx' | 'csv';

const today = () => new Date().toISOString().slice(0, 10);

/** Writes the tables in the chosen format and downloads the file (the writers load on first use). */
async function save(format: Format, tables: ExportTable[], name: string): Promise<void> {
  const { csvBlob, download, fileSlug, xlsxBlob } = await import('./writers');
  const blob = format === 'xlsx' ? await xlsxBlob(tables) : csvBlob(tables[0]);
  download(blob, `${fileSlug(name)}-${today()}.${format}`);
}

type ChoiceProps = {
  /** The tables to write, built when the user chooses a format (CSV takes the first). */
  build: () => Promise<ExportTable[]>;
  /** The file's name before the date, in words ("Hòa giải viên"): it is written without diacritics. */
  name: string;
  disabled?: boolean;
};

/** "Xuất dữ liệu" with a choice of Excel (.xlsx) or CSV. */
export const ExportChoice = ({ build, name, disabled }: ChoiceProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (format: Format) => {
    setAnchor(null);
    setBusy(true);
    try {
      await save(format, await build(), name);
    } catch (error) {
      notify((error as Error).message || 'hoagiai.export.failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button label="hoagiai.export.button" onClick={(event: MouseEvent<HTMLButtonElement>) => setAnchor(event.currentTarget)} disabled={disabled || busy}
        data-testid="export-button">
        <DownloadIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor != null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => run('xlsx')} data-testid="export-xlsx">{translate('hoagiai.export.xlsx')}</MenuItem>
        <MenuItem onClick={() => run('csv')} data-testid="export-csv">{translate('hoagiai.export.csv')}</MenuItem>
      </Menu>
    </>
  );
};

/** The server serves at most 500 rows a page; an export stops at this many rows and says so. */
const PAGE = 500;
const MAX_ROWS = 20_000;

type ListExportProps<R> = {
  columns: ExportColumn<R>[];
  /** The fields to ask for (the list's own selection when omitted). */
  fields?: SparseField[];
};

/**
 * The export of a list: every row of the current filter and order (page after page), one row per
 * record, with the columns the resource declares.
 */
export const ListExport = <R,>({ columns, fields }: ListExportProps<R>) => {
  const { resource, filterValues, sort, total } = useListContext();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const name = translate(`resources.${resource}.name`, { smart_count: 2 });
  const build = async (): Promise<ExportTable[]> => {
    const records: R[] = [];
    for (let page = 1; records.length < MAX_ROWS; page += 1) {
      const { data, total: all } = await dataProvider.getList(resource, {
        pagination: { page, perPage: PAGE }, sort, filter: filterValues, meta: fields ? { sparseFields: fields } : undefined,
      });
      records.push(...(data as R[]));
      if (data.length < PAGE || (all != null && records.length >= all)) break;
    }
    if (records.length >= MAX_ROWS) notify('hoagiai.export.truncated', { type: 'warning', messageArgs: { count: MAX_ROWS } });
    return [toTable(name, columns, records, { translate, locale })];
  };
  return <ExportChoice build={build} name={name} disabled={total === 0} />;
};
