import { useMemo, useState } from 'react';
import { MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TableSortLabel, TextField } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { useNumberFormat } from '../common/useNumberFormat';
import { type DashboardRow, SHARES } from './dashboardQueries';
import { dashboardPath, Section } from './dashboardParts';

const INDICATORS = [...SHARES, 'teams', 'mediators', 'casesReceived'] as const;
type Indicator = (typeof INDICATORS)[number];
type SortKey = 'name' | number;

/**
 * One indicator of the units below over several years: sortable by any column (a click on its
 * header), each unit a link to its own page. "No data" (null) stays "no data" and sorts last.
 */
export const IndicatorYearsTable = ({ rows, years, year }: { rows: DashboardRow[]; years: number[]; year: number }) => {
  const translate = useTranslate();
  const { number, percent } = useNumberFormat();
  const [indicator, setIndicator] = useState<Indicator>('settlementRate');
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>({ key: 'name', asc: true });
  const share = (SHARES as readonly string[]).includes(indicator);
  const valueOf = (row: DashboardRow, y: number) => row.figures.find((f) => f.year === y)?.[indicator] ?? null;
  const sorted = useMemo(() => {
    const sign = sort.asc ? 1 : -1;
    return [...rows].sort((a, b) => {
      if (sort.key === 'name') return sign * a.unit.name.localeCompare(b.unit.name, 'vi');
      const x = valueOf(a, sort.key);
      const y = valueOf(b, sort.key);
      if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
      return sign * (x - y);
    });
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, sort, indicator]);
  const toggle = (key: SortKey) => setSort((s) => ({ key, asc: s.key === key ? !s.asc : key === 'name' }));
  const header = (key: SortKey, label: string) => (
    <TableSortLabel active={sort.key === key} direction={sort.key === key && !sort.asc ? 'desc' : 'asc'} onClick={() => toggle(key)}
      title={translate('hoagiai.dashboard.table.sort', { column: label })}>{label}</TableSortLabel>
  );
  return (
    <Section title={translate('hoagiai.dashboard.table.title')} testId="indicator-years">
      <Stack direction="row" sx={{ mb: 1 }}>
        <TextField select size="small" label={translate('hoagiai.dashboard.table.indicator')} value={indicator}
          onChange={(e) => setIndicator(e.target.value as Indicator)} sx={{ minWidth: 280 }} slotProps={{ htmlInput: { 'data-testid': 'indicator-picker' } }}>
          {INDICATORS.map((i) => <MenuItem key={i} value={i}>{translate(`hoagiai.figure.${i}`)}</MenuItem>)}
        </TextField>
      </Stack>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{header('name', translate('hoagiai.dashboard.unit'))}</TableCell>
            {years.map((y) => <TableCell key={y} align="right" sortDirection={sort.key === y ? (sort.asc ? 'asc' : 'desc') : false}>{header(y, String(y))}</TableCell>)}
          </TableRow>
        </TableHead>
        <TableBody>
          {sorted.map((row) => (
            <TableRow key={row.unit.id}>
              <TableCell><Link to={dashboardPath(row.unit.id, year)}>{row.unit.name}</Link></TableCell>
              {years.map((y) => {
                const value = valueOf(row, y);
                return <TableCell key={y} align="right">{value == null ? translate('hoagiai.indicators.noData') : share ? percent(value) : number(value)}</TableCell>;
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};
