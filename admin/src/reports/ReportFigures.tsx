import { Alert, Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { CorrectionButton } from './CorrectionDialog';
import { REPORT_FIGURES, SHARES, type Report } from './types';

/** A percent as the language writes it: "80,4 %" or "80.4%". */
export const usePercent = () => {
  const [locale] = useLocaleState();
  return (value: number | null | undefined) =>
    value == null ? '—' : `${value.toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 })}%`;
};

/** The report's figures as reported, the computed value beside each corrected one, and a correction per row while a draft. */
export const ReportFigures = () => {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  const percent = usePercent();
  if (!report?.figures) return null;
  const figures = report.figures;
  const corrected = new Set(figures.corrected ?? []);
  return (
    <>
      {report.warnings?.length ? <Alert severity="warning" sx={{ mb: 1 }}>{translate('hoagiai.reports.warnings')}: {report.warnings.join('; ')}</Alert> : null}
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
                <strong>{figures[name]}</strong>
              </TableCell>
              <TableCell align="right">{corrected.has(name) ? report.computedFigures?.[name] : ''}</TableCell>
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
