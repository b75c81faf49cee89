import { useState } from 'react';
import { Button as MuiButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useNumberFormat } from '../common/useNumberFormat';
import { clearReportIndicatorValue, setReportIndicatorValue } from './reportActions';
import type { Report, ReportIndicatorValue } from './types';

const UNIT_SUFFIX: Record<string, string> = { PERCENT: '%', COUNT: '', MILLION_VND: ' tr.đ' };

/** One REPORTED indicator: the unit's own value (editable in a draft the caller writes) and the total of its subtree. */
const ValueRow = ({ report, value, editable }: { report: Report; value: ReportIndicatorValue; editable: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const refresh = useRefresh();
  const { number, percent } = useNumberFormat();
  const [numerator, setNumerator] = useState(value.numerator ?? '');
  const [denominator, setDenominator] = useState(value.denominator ?? '');
  const isPercent = value.unit === 'PERCENT';
  const act = async (call: () => Promise<unknown>, done: string) => {
    try {
      await call();
      notify(done, { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  const total = value.actual == null
    ? translate('hoagiai.catalogue.noData')
    : `${isPercent ? percent(value.actual) : `${number(value.actual)}${UNIT_SUFFIX[value.unit] ?? ''}`}${isPercent ? ` (${value.totalNumerator}/${value.totalDenominator})` : ''}`;
  return (
    <TableRow data-testid={`indicator-value-${value.indicator}`}>
      <TableCell>{locale === 'en' ? value.nameEn : value.name} <Typography component="span" variant="caption">({value.indicator})</Typography></TableCell>
      <TableCell>
        {editable ? (
          <Stack direction="row" spacing={1} alignItems="center">
            <TextField size="small" label={translate(isPercent ? 'hoagiai.catalogue.numerator' : 'hoagiai.catalogue.value')} value={numerator}
              onChange={(e) => setNumerator(e.target.value)} inputProps={{ 'data-testid': `numerator-${value.indicator}`, inputMode: 'decimal' }} sx={{ width: 120 }} />
            {isPercent ? (
              <TextField size="small" label={translate('hoagiai.catalogue.denominator')} value={denominator}
                onChange={(e) => setDenominator(e.target.value)} inputProps={{ 'data-testid': `denominator-${value.indicator}`, inputMode: 'numeric' }} sx={{ width: 120 }} />
            ) : null}
            <MuiButton size="small" variant="contained" disabled={!numerator.trim() || (isPercent && !denominator.trim())} data-testid={`save-${value.indicator}`}
              onClick={() => act(() => setReportIndicatorValue(report, value.indicator, numerator.trim(), isPercent ? denominator.trim() : null), 'hoagiai.catalogue.saved')}>
              {translate('hoagiai.catalogue.save')}
            </MuiButton>
            {value.entered ? (
              <MuiButton size="small" onClick={() => act(() => clearReportIndicatorValue(report, value.indicator), 'hoagiai.catalogue.cleared')}>
                {translate('hoagiai.catalogue.clear')}
              </MuiButton>
            ) : null}
          </Stack>
        ) : value.entered ? `${value.numerator}${isPercent ? ` / ${value.denominator}` : ''}` : translate('hoagiai.catalogue.noData')}
      </TableCell>
      <TableCell align="right" data-testid={`total-${value.indicator}`}>{total}</TableCell>
    </TableRow>
  );
};

/**
 * The report's section for REPORTED indicators (national and the province's own): the unit enters
 * its own value while the report is a draft it may correct; nothing entered reads "no data", never 0.
 */
export const ReportIndicatorValues = () => {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  if (!report?.indicatorValues) return null;
  if (report.indicatorValues.length === 0) return <Typography variant="body2">{translate('hoagiai.catalogue.none')}</Typography>;
  const editable = report.status === 'DRAFT' && Boolean(report.actions?.includes('CORRECT'));
  return (
    <>
      {editable ? <Typography variant="body2" sx={{ mb: 1 }}>{translate('hoagiai.catalogue.reportedHelp')}</Typography> : null}
      <Table size="small" data-testid="report-indicator-values">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.Indicator.name', { smart_count: 1 })}</TableCell>
            <TableCell>{translate('hoagiai.catalogue.value')}</TableCell>
            <TableCell align="right">{translate('hoagiai.catalogue.total')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {report.indicatorValues.map((value) => (
            <ValueRow key={`${value.indicator}:${report.version}`} report={report} value={value} editable={editable} />
          ))}
        </TableBody>
      </Table>
    </>
  );
};
