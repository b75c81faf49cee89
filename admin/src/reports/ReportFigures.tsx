import { Alert, Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useNumberFormat } from '../common/useNumberFormat';
import { CorrectionButton } from './CorrectionDialog';
import { REPORT_FIGURES, SHARES, type Report } from './types';

/**
 * The server's arithmetic warnings ("teamsConsolidated exceeds teams", "casesReceived differs from
 * ..."), said with the figures' names.
 */
const warningInWords = (warning: string, translate: (key: string, options?: Record<string, unknown>) => string): string => {
  const exceeds = /^(\w+) exceeds (\w+)$/.exec(warning);
  if (exceeds) return translate('hoagiai.reports.warning.exceeds', { part: translate(`hoagiai.figure.${exceeds[1]}`), whole: translate(`hoagiai.figure.${exceeds[2]}`) });
  if (warning.startsWith('casesReceived differs')) return translate('hoagiai.reports.warning.casesSum');
  return warning;
};

/** The report's figures as reported, the computed value beside each corrected one, and a correction per row while a draft. */
export const ReportFigures = () => {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  const { number, percent } = useNumberFormat();
  if (!report?.figures) return null;
  const figures = report.figures;
  const corrected = new Set(figures.corrected ?? []);
  return (
    <>
      {report.warnings?.length ? (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="report-warnings">
          {translate('hoagiai.reports.warnings')}: {report.warnings.map((warning) => warningInWords(warning, translate)).join('; ')}
        </Alert>
      ) : null}
      <Table size="small" data-testid="report-figures">
        <TableHead>
          <TableRow>
            <TableCell>{translate('hoagiai.reports.figure')}</TableCell>
            <TableCell align="right">{translate('hoagiai.reports.value')}</TableCell>
            <TableCell align="right">{translate('hoagiai.reports.computed')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {REPORT_FIGURES.map((name) => (
            <TableRow key={name} data-testid={`figure-${name}`}>
              <TableCell>{translate(`hoagiai.figure.${name}`)}</TableCell>
              <TableCell align="right">
                {corrected.has(name) ? <Chip size="small" color="warning" label={translate('hoagiai.reports.corrected')} sx={{ mr: 1 }} /> : null}
                <strong>{number(figures[name])}</strong>
              </TableCell>
              <TableCell align="right">{corrected.has(name) ? number(report.computedFigures?.[name]) : ''}</TableCell>
              <TableCell align="right">
                <CorrectionButton field={name} label={translate(`hoagiai.figure.${name}`)} current={String(figures[name])} />
              </TableCell>
            </TableRow>
          ))}
          {SHARES.map((name) => (
            <TableRow key={name} data-testid={`figure-${name}`}>
              <TableCell>{translate(`hoagiai.figure.${name}`)}</TableCell>
              <TableCell align="right"><strong>{percent(figures[name])}</strong></TableCell>
              <TableCell colSpan={2} />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};
