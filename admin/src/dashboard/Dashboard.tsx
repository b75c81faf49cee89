import { Suspense, useCallback, useDeferredValue, useEffect, useState } from 'react';
import { Alert, Box, Chip, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Form, FormDataConsumer, Link, Navigate, Title, useLocation, useNavigate, usePermissions, useTranslate } from 'react-admin';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { unitYearIn } from '../common/unitYearQuery';
import type { Permissions } from '../auth/permissions';
import { getWorkingUnitId } from '../auth/session';
import { toHttpError } from '../graphql/apiErrors';
import { CommuneView } from './CommuneView';
import { IndicatorYearsTable } from './IndicatorYearsTable';
import type { UnitDashboard } from './dashboardQueries';
import { fetchDashboard } from './dashboardData';
import { dashboardPath, KeyFigures } from './dashboardParts';
import { LateReports, PilotUnits, UnitsTable } from './UnitsTable';
// The charts (@mui/x-charts): a chunk of their own, downloaded while the user signs in.
import { DashboardCharts, needsUnitPicked } from './index';

const FIRST_YEAR = 2019;
const thisYear = () => new Date().getFullYear();

/** The unit a landing page opens on: ?unitId, else the unit picked in the tenant switcher, else the server's default (the user's own unit). */
const useTarget = () => {
  const { unitId, year } = unitYearIn(useLocation().search);
  return { unitId: unitId ?? getWorkingUnitId(), year: year ?? null };
};

/** Analysts read; everyone else works on their units. */
const isAnalyst = (permissions: Permissions | undefined) => (permissions ?? []).length > 0 && (permissions ?? []).every((m) => m.role === 'ANALYST');

/**
 * The landing page of every role (issue 9): the unit's key figures for the year, then by role and
 * level: for a province or district, the table of the units directly below, the late and missing
 * reports and the pilot communes; for a commune, its report, its teams needing attention and its
 * untrained mediators; for an analyst, the figures, trends and the units below compared. Opens on
 * the user's own unit and the latest year with data; a click on a unit opens that unit's overview.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { permissions } = usePermissions<Permissions>();
  const { unitId, year } = useTarget();
  const [data, setData] = useState<UnitDashboard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const needsUnit = needsUnitPicked(unitId, permissions ?? []);
  // The charts and the table over the years draw in a second pass, once the figures and the units
  // table are on screen: a province's hundred communes side by side, in bars and over five years,
  // take longer to lay out than everything above them.
  const chartData = useDeferredValue(data, null);

  useEffect(() => {
    if (needsUnit) return undefined;
    let live = true;
    setError(null);
    fetchDashboard(unitId, year)
      .then((answer) => live && setData(answer))
      .catch((failure: unknown) => {
        if (!live) return;
        const http = toHttpError(failure);
        setError(http instanceof Error ? http.message : 'hoagiai.dashboard.failed');
      });
    return () => { live = false; };
  }, [unitId, year, tick, needsUnit]);

  if (needsUnit) {
    // The system administrator belongs to no unit: it picks one.
    return (
      <Box sx={{ mt: 2 }}>
        <Title title={translate('hoagiai.dashboard.title')} />
        <Alert severity="info" data-testid="dashboard-message">{translate('hoagiai.dashboard.pickUnit')}</Alert>
        <Form>
          <UnitReferenceInput source="unitId" label="hoagiai.dashboard.unit" />
          <FormDataConsumer<{ unitId?: string }>>
            {({ formData }) => (formData.unitId ? <Navigate to={dashboardPath(String(formData.unitId), year ?? thisYear())} /> : null)}
          </FormDataConsumer>
        </Form>
      </Box>
    );
  }
  if (error) return <Box sx={{ mt: 2 }}><Title title={translate('hoagiai.dashboard.title')} /><Alert severity="warning" data-testid="dashboard-message">{translate(error, { _: error })}</Alert></Box>;
  if (!data || (unitId != null && String(data.unit.id) !== String(unitId)) || (year != null && data.year !== year)) {
    return <Box sx={{ mt: 2 }}><Title title={translate('hoagiai.dashboard.title')} /><LinearProgress aria-label={translate('hoagiai.dashboard.loading')} /></Box>;
  }

  const analyst = isAnalyst(permissions);
  const own = (permissions ?? []).some((m) => String(m.unitId) === String(data.unit.id));
  const years = Array.from({ length: data.year - data.fromYear + 1 }, (_, i) => data.fromYear + i);
  const granted = analyst ? (permissions ?? []).flatMap((m) => (m.unit ? [m.unit] : [])) : [];
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }} data-testid="dashboard" data-unit-id={data.unit.id} data-year={data.year}>
      <Title title={translate('hoagiai.dashboard.title')} />
      <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap>
        <Typography variant="h5" data-testid="dashboard-unit">{data.unit.name}</Typography>
        <Chip size="small" label={translate(`hoagiai.level.${data.unit.level}`)} />
        <TextField select size="small" label={translate('hoagiai.dashboard.year')} value={data.year} sx={{ width: 110 }}
          onChange={(e) => navigate(dashboardPath(data.unit.id, Number(e.target.value)))} slotProps={{ htmlInput: { 'data-testid': 'dashboard-year' } }}>
          {Array.from({ length: thisYear() - FIRST_YEAR + 1 }, (_, i) => thisYear() - i).map((y) => <MenuItem key={y} value={y}>{y}</MenuItem>)}
        </TextField>
        {!own && data.unit.parent ? (
          <Link to={dashboardPath(data.unit.parent.id, data.year)} data-testid="dashboard-up">{translate('hoagiai.dashboard.up', { unit: data.unit.parent.name })}</Link>
        ) : null}
        {granted.length > 1 ? (
          <Stack direction="row" spacing={1} alignItems="center">
            <Typography variant="body2">{translate('hoagiai.dashboard.analyst.granted')}:</Typography>
            {granted.map((unit) => (
              <Chip key={unit.id} size="small" clickable component={Link} to={dashboardPath(String(unit.id), data.year)} label={unit.name}
                color={String(unit.id) === String(data.unit.id) ? 'primary' : 'default'} />
            ))}
          </Stack>
        ) : null}
      </Stack>
      <KeyFigures figures={data.trend[data.trend.length - 1]} />
      {!analyst && data.unit.level === 'COMMUNE' ? <CommuneView data={data} onChange={reload} /> : null}
      {!analyst && data.unit.level !== 'COMMUNE' ? (
        <>
          <UnitsTable data={data} />
          <LateReports data={data} />
          <PilotUnits data={data} />
        </>
      ) : null}
      {chartData === data ? (
        <>
          <Suspense fallback={<LinearProgress />}>
            <DashboardCharts unitId={String(data.unit.id)} year={data.year} trend={data.trend} rows={data.rows} planIds={data.plans.map((p) => String(p.id))} />
          </Suspense>
          {data.rows.length > 0 ? <IndicatorYearsTable rows={data.rows} years={years} year={data.year} /> : null}
        </>
      ) : <LinearProgress />}
    </Stack>
  );
};
