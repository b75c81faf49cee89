import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useNumberFormat } from '../common/useNumberFormat';
import type { Coverage, SeriesYear } from './indicatorQueries';

const COLUMNS = ['teams', 'mediators', 'casesReceived', 'settlementRate', 'consolidatedShare'];

/** A note when the figures of today's unit do not hold every team that will belong to it (hamlets still unassigned). */
export const CoverageNote = ({ coverage }: { coverage: Coverage | null | undefined }) => {
  const translate = useTranslate();
  const { number, percent } = useNumberFormat();
  if (!coverage || coverage.complete) return null;
  const maybe = coverage.teamsMaybe ? translate('hoagiai.indicators.coverageMaybe', { maybe: number(coverage.teamsMaybe), smart_count: coverage.teamsMaybe }) : '';
  return (
    <Alert severity="warning" data-testid="coverage-note">
      {translate('hoagiai.indicators.coverageNote', {
        covered: number(coverage.teamsCovered), pending: number(coverage.teamsPending), share: percent(coverage.share), maybe,
      })}
    </Alert>
  );
};

/** Why a unit has no figures for a year: it was abolished, and who succeeded it. */
export const AbolishedNote = ({ year }: { year: SeriesYear | undefined }) => {
  const translate = useTranslate();
  if (!year?.noData) return null;
  return (
    <Alert severity="info" data-testid="abolished-note">
      {translate('hoagiai.indicators.abolished', { endedOn: year.noData.endedOn, successors: year.noData.successors.map((u) => u.name).join(', ') })}
    </Alert>
  );
};

/**
 * The unit's years side by side (AdministrativeUnit.indicatorSeries): for today's unit the years
 * before the 2025 reform are those of the hamlets that now belong to it, so the trend runs on.
 */
export const IndicatorSeries = ({ series }: { series: SeriesYear[] | null | undefined }) => {
  const translate = useTranslate();
  const { number, percent } = useNumberFormat();
  if (!series?.length) return null;
  const showCoverage = series.some((y) => y.coverage && !y.coverage.complete);
  return (
    <Box data-testid="indicator-series">
      <Typography variant="h6">{translate('hoagiai.indicators.series')}</Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('hoagiai.indicators.year')}</TableCell>
            {COLUMNS.map((c) => <TableCell key={c} align="right">{translate(`hoagiai.figure.${c}`)}</TableCell>)}
            {showCoverage ? <TableCell align="right">{translate('hoagiai.indicators.coverage')}</TableCell> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {series.map((y) => (
            <TableRow key={y.year}>
              <TableCell>{y.year}</TableCell>
              {y.indicators
                ? COLUMNS.map((c) => <TableCell key={c} align="right">{c.endsWith('Share') || c === 'settlementRate' ? percent(y.indicators?.[c]) : number(y.indicators?.[c])}</TableCell>)
                : <TableCell colSpan={COLUMNS.length}>{y.noData ? translate('hoagiai.indicators.abolished', { endedOn: y.noData.endedOn, successors: y.noData.successors.map((u) => u.name).join(', ') }) : translate('hoagiai.indicators.noData')}</TableCell>}
              {showCoverage ? <TableCell align="right">{y.coverage ? percent(y.coverage.share) : ''}</TableCell> : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
