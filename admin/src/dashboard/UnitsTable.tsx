import type { MouseEvent } from 'react';
import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { Link, useNavigate, useTranslate } from 'react-admin';
import { useNumberFormat } from '../common/useNumberFormat';
import type { UnitDashboard } from './dashboardQueries';
import { dashboardPath, ONE_LINE, ReportChip, Section } from './dashboardParts';

const PLAN_COLOR = { NONE: 'default', DRAFTED: 'warning', ISSUED: 'success' } as const;

// A narrow window (1,024 pixels) squeezed the columns that may wrap down to a word per line beside
// the chips, which do not: the unit's name and the targets keep a readable width, and each part
// of the targets ("2 chưa có số liệu") stays on one line; what is left scrolls in the table's frame.
const NAME_WIDTH = { minWidth: 140 };
const TARGETS_WIDTH = { minWidth: 150 };

/**
 * The units directly below (districts, or communes): each active plan's implementing plan there,
 * the year's report, targets met / not met / no data, compliant teams today, trainers missing. A
 * click on a row opens that unit's own overview.
 */
export const UnitsTable = ({ data }: { data: UnitDashboard }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { number, percent } = useNumberFormat();
  if (data.rows.length === 0) return null;
  return (
    <Section title={translate('hoagiai.dashboard.units')} testId="dashboard-units">
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell sx={NAME_WIDTH}>{translate('hoagiai.dashboard.unit')}</TableCell>
            {data.plans.map((plan) => (
              <TableCell key={plan.id}><Tooltip title={plan.title}><span>{translate('hoagiai.dashboard.plan', { number: plan.number ?? '' })}</span></Tooltip></TableCell>
            ))}
            <TableCell>{translate('hoagiai.dashboard.report', { year: data.year })}</TableCell>
            <TableCell sx={TARGETS_WIDTH}>{translate('hoagiai.dashboard.targets')}</TableCell>
            <TableCell align="right">{translate('hoagiai.dashboard.compliant')}</TableCell>
            <TableCell align="right">{translate('hoagiai.dashboard.shortfall')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.rows.map((row) => (
            <TableRow key={row.unit.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(dashboardPath(row.unit.id, data.year))} data-testid="dashboard-row"
              data-unit-code={row.unit.code}>
              <TableCell>
                <Stack direction="row" spacing={1} alignItems="center">
                  <Link to={dashboardPath(row.unit.id, data.year)} onClick={(e: MouseEvent) => e.stopPropagation()}>{row.unit.name}</Link>
                  {row.pilot ? <Chip size="small" color="success" label={translate('hoagiai.dashboard.pilot')} /> : null}
                </Stack>
              </TableCell>
              {row.plans.map((p) => (
                <TableCell key={p.planId}>
                  <Chip size="small" variant="outlined" color={PLAN_COLOR[p.status]} label={translate(`hoagiai.dashboard.planStatus.${p.status}`)} />
                </TableCell>
              ))}
              <TableCell><ReportChip report={row.report} /></TableCell>
              <TableCell data-testid="dashboard-targets">
                <Typography variant="body2" component="span" color="success.main" sx={ONE_LINE}>{number(row.targetsMet)} {translate('hoagiai.dashboard.met')}</Typography>
                {' / '}
                <Typography variant="body2" component="span" color="warning.main" sx={ONE_LINE}>{number(row.targetsNotMet)} {translate('hoagiai.dashboard.notMet')}</Typography>
                {' / '}
                <Typography variant="body2" component="span" color="text.secondary" sx={ONE_LINE}>{number(row.targetsNoData)} {translate('hoagiai.dashboard.noData')}</Typography>
              </TableCell>
              <TableCell align="right" data-testid="dashboard-compliant">
                {row.compliantShare == null ? translate('hoagiai.indicators.noData') : `${percent(row.compliantShare)} (${number(row.teamsCompliantNow)}/${number(row.teamsNow)})`}
              </TableCell>
              <TableCell align="right">{row.trainerShortfall == null ? translate('hoagiai.dashboard.noPool') : number(row.trainerShortfall)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};

/** Reports of the units below that are missing (overdue) or were submitted late, each linked. */
export const LateReports = ({ data }: { data: UnitDashboard }) => {
  const translate = useTranslate();
  return (
    <Section title={translate('hoagiai.dashboard.late')} testId="dashboard-late">
      {data.lateReports.length === 0 ? <Typography variant="body2">{translate('hoagiai.dashboard.noLate')}</Typography> : (
        <Table size="small">
          <TableBody>
            {data.lateReports.map((report) => (
              <TableRow key={report.unitId}>
                <TableCell><Link to={dashboardPath(report.unitId, data.year)}>{report.unitName}</Link></TableCell>
                <TableCell><ReportChip report={report} /></TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};

/** The pilot communes under the unit, each linked to its overview. */
export const PilotUnits = ({ data }: { data: UnitDashboard }) => {
  const translate = useTranslate();
  return (
    <Section title={translate('hoagiai.dashboard.pilots')} testId="dashboard-pilots">
      {data.pilotUnits.length === 0 ? <Typography variant="body2">{translate('hoagiai.dashboard.noPilots')}</Typography> : (
        <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
          {data.pilotUnits.map((unit) => (
            <Chip key={unit.id} component={Link} to={dashboardPath(unit.id, data.year)} clickable color="success" variant="outlined" label={unit.name} />
          ))}
        </Stack>
      )}
    </Section>
  );
};
