import type { MouseEvent, ReactNode } from 'react';
import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { formatDay } from '../common/days';
import { useNumberFormat } from '../common/useNumberFormat';
import type { DashboardReport, Figures } from './dashboardQueries';

/** The path of a unit's own dashboard view (the landing page with ?unitId and ?year). */
export const dashboardPath = (unitId: string, year: number) => `/?unitId=${encodeURIComponent(unitId)}&year=${year}`;

export const Section = ({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) => (
  <Card variant="outlined" data-testid={testId}>
    <CardContent>
      <Typography variant="h6" gutterBottom>{title}</Typography>
      {children}
    </CardContent>
  </Card>
);

const TIMELINESS_COLOR = { NOT_DUE: 'default', ON_TIME: 'success', LATE: 'warning', OVERDUE: 'error' } as const;
/** Text that must not wrap inside a cell (a report's due day and link, a part of the targets). */
export const ONE_LINE = { whiteSpace: 'nowrap' } as const;

/** Approved / submitted on time / late (days) / missing, as a chip; "owes no report" when there is none. */
export const ReportChip = ({ report }: { report: DashboardReport | null }) => {
  const translate = useTranslate();
  if (!report) return <Typography variant="body2" color="text.secondary">{translate('hoagiai.dashboard.noReportOwed')}</Typography>;
  const status = report.status ? translate(`hoagiai.reportStatus.${report.status}`) : translate('hoagiai.dashboard.notGenerated');
  const late = report.daysLate > 0 ? ` · ${translate('hoagiai.dashboard.daysLate', { smart_count: report.daysLate })}` : '';
  // An approved report on time needs no more words; one approved after a late submission still says so.
  const label = report.status === 'APPROVED' && report.timeliness === 'ON_TIME' ? status : `${status} · ${translate(`hoagiai.timeliness.${report.timeliness}`)}${late}`;
  return (
    // In a narrow cell the due day and the link move under the chip whole: squeezed beside a long
    // chip ("Đã duyệt · Trễ hạn · trễ 30 ngày"), "Mở báo cáo" broke into a word per line.
    <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
      <Chip size="small" variant={report.status === 'APPROVED' ? 'filled' : 'outlined'} color={report.status === 'APPROVED' ? 'success' : TIMELINESS_COLOR[report.timeliness]}
        label={label} data-testid="dashboard-report" />
      <Typography variant="caption" color="text.secondary" sx={ONE_LINE}>{translate('hoagiai.dashboard.due', { day: formatDay(report.dueDate) })}</Typography>
      {report.reportId ? <Link to={`/Report/${report.reportId}/show`} onClick={(e: MouseEvent) => e.stopPropagation()} sx={ONE_LINE}>{translate('hoagiai.dashboard.open')}</Link> : null}
    </Stack>
  );
};

/** The key figures of the year as cards: counts in Vietnamese or English format, shares in percent, "no data" as such. */
export const KeyFigures = ({ figures }: { figures: Figures | undefined }) => {
  const translate = useTranslate();
  const { number, percent } = useNumberFormat();
  const noData = translate('hoagiai.indicators.noData');
  const cards: [string, string][] = [
    ['teams', number(figures?.teams)],
    ['mediators', number(figures?.mediators)],
    ['settlementRate', figures?.settlementRate == null ? noData : percent(figures.settlementRate)],
    ['consolidatedShare', figures?.consolidatedShare == null ? noData : percent(figures.consolidatedShare)],
    ['mediatorsTrainedShare', figures?.mediatorsTrainedShare == null ? noData : percent(figures.mediatorsTrainedShare)],
  ];
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))', gap: 2 }} data-testid="key-figures">
      {cards.map(([key, value]) => (
        <Card key={key} variant="outlined">
          <CardContent>
            <Typography variant="caption" color="text.secondary">{translate(`hoagiai.dashboard.kpi.${key}`)}</Typography>
            <Typography variant="h5" data-testid={`kpi-${key}`}>{value}</Typography>
          </CardContent>
        </Card>
      ))}
    </Box>
  );
};
