import { useEffect, useState } from 'react';
import { Box, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { useLocaleState, useTranslate } from 'react-admin';
import { useNumberFormat } from '../common/useNumberFormat';
import { apolloClient } from '../graphql/apolloClient';
import { type DashboardRow, type Figures, SHARES, type TargetsAndPilots, UNIT_TARGETS_AND_PILOTS } from './dashboardQueries';
import { Section } from './dashboardParts';
import { indicatorName } from '../indicators/catalogueChoices';

// Charts with @mui/x-charts (MUI's own charts: they follow the theme). Values are percentages; a
// missing value is drawn as a gap and said "no data" in the tooltip, never as zero.

const HEIGHT = 300;
const CHILD_SHARES = ['settlementRate', 'consolidatedShare', 'mediatorsTrainedShare'] as const;

const usePercent = () => {
  const translate = useTranslate();
  const { percent } = useNumberFormat();
  return (value: number | null) => (value == null ? translate('hoagiai.indicators.noData') : percent(value));
};

/** The unit's shares over the years. */
export const TrendChart = ({ trend }: { trend: Figures[] }) => {
  const translate = useTranslate();
  const format = usePercent();
  return (
    <Section title={translate('hoagiai.dashboard.charts.trend')} testId="chart-trend">
      <LineChart
        height={HEIGHT}
        xAxis={[{ data: trend.map((f) => f.year), scaleType: 'point', valueFormatter: (y: number) => String(y) }]}
        yAxis={[{ min: 0, max: 100 }]}
        series={SHARES.map((share) => ({ label: translate(`hoagiai.figure.${share}`), data: trend.map((f) => f[share] ?? null), valueFormatter: format, curve: 'linear' as const }))}
      />
    </Section>
  );
};

/** The units below side by side, for the year. */
export const ChildrenChart = ({ rows, year }: { rows: DashboardRow[]; year: number }) => {
  const translate = useTranslate();
  const format = usePercent();
  if (rows.length === 0) return null;
  const at = (row: DashboardRow, key: string) => row.figures.find((f) => f.year === year)?.[key] ?? null;
  return (
    <Section title={translate('hoagiai.dashboard.charts.children')} testId="chart-children">
      <BarChart
        height={Math.max(HEIGHT, rows.length * 28)}
        layout="horizontal"
        yAxis={[{ data: rows.map((r) => r.unit.name), scaleType: 'band', width: 160 }]}
        xAxis={[{ min: 0, max: 100 }]}
        series={CHILD_SHARES.map((share) => ({ label: translate(`hoagiai.figure.${share}`), data: rows.map((r) => at(r, share)), valueFormatter: format }))}
      />
    </Section>
  );
};

/** Targets of the plans in force (measured for the unit) against the actual values, and pilot against non-pilot communes. */
export const TargetsAndPilotsCharts = ({ unitId, year, planIds }: { unitId: string; year: number; planIds: string[] }) => {
  const translate = useTranslate();
  const format = usePercent();
  const [locale] = useLocaleState();
  const [data, setData] = useState<TargetsAndPilots | null>(null);
  useEffect(() => {
    let live = true;
    apolloClient.query<TargetsAndPilots>({ query: UNIT_TARGETS_AND_PILOTS, variables: { unitId, year }, fetchPolicy: 'no-cache', errorPolicy: 'all' })
      .then((result) => live && setData(result.data ?? null))
      .catch(() => live && setData(null));
    return () => { live = false; };
  }, [unitId, year]);
  if (!data) return null;
  const targets = data.allTargets.filter((t) => t.unit === 'PERCENT' && t.evaluation.due && planIds.includes(String(t.plan?.id)));
  const comparison = data.indicatorsComparison;
  return (
    <>
      <Section title={translate('hoagiai.dashboard.charts.targets')} testId="chart-targets">
        {targets.length === 0 ? <Typography variant="body2">{translate('hoagiai.dashboard.charts.noTargets')}</Typography> : (
          <BarChart
            height={HEIGHT}
            xAxis={[{ data: targets.map((t) => `${t.plan?.number ?? ''} · ${t.indicatorDetails ? indicatorName(t.indicatorDetails, locale) : t.indicator}`), scaleType: 'band' }]}
            yAxis={[{ min: 0, max: 100 }]}
            series={[
              { label: translate('hoagiai.dashboard.charts.target'), data: targets.map((t) => Number(t.value)), valueFormatter: format },
              { label: translate('hoagiai.dashboard.charts.actual'), data: targets.map((t) => t.evaluation.actual), valueFormatter: format },
            ]}
          />
        )}
      </Section>
      {comparison && comparison.pilotUnits.length > 0 ? (
        <Section title={translate('hoagiai.dashboard.charts.pilots')} testId="chart-pilots">
          <Box>
            <BarChart
              height={HEIGHT}
              xAxis={[{ data: SHARES.map((s) => translate(`hoagiai.figure.${s}`)), scaleType: 'band' }]}
              yAxis={[{ min: 0, max: 100 }]}
              series={[
                { label: translate('hoagiai.indicators.pilot'), data: SHARES.map((s) => comparison.pilot[s] ?? null), valueFormatter: format },
                { label: translate('hoagiai.indicators.nonPilot'), data: SHARES.map((s) => comparison.nonPilot[s] ?? null), valueFormatter: format },
              ]}
            />
          </Box>
        </Section>
      ) : null}
    </>
  );
};

/** Every chart of a landing page. */
export const DashboardCharts = ({ unitId, year, trend, rows, planIds }: { unitId: string; year: number; trend: Figures[]; rows: DashboardRow[]; planIds: string[] }) => (
  <>
    <TrendChart trend={trend} />
    <ChildrenChart rows={rows} year={year} />
    <TargetsAndPilotsCharts unitId={unitId} year={year} planIds={planIds} />
  </>
);
