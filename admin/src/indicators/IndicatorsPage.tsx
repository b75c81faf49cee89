import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Form, FormDataConsumer, NumberInput, Title, useLocaleState, useLocation, useNavigate, usePermissions, useTranslate } from 'react-admin';
import { getWorkingUnitId } from '../auth/session';
import type { Permissions } from '../auth/permissions';
import { ownUnitOf } from '../common/ownUnit';
import { useFormContext, useWatch } from 'react-hook-form';
import { useLatestDataYear } from '../common/latestDataYear';
import { type UnitYear, unitYearIn, unitYearQuery } from '../common/unitYearQuery';
import { ExportChoice } from '../exports/ExportMenu';
import { COUNTS, SHARES, indicatorTables } from './indicatorExports';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { indicatorName } from './catalogueChoices';
import { apolloClient } from '../graphql/apolloClient';
import { useNumberFormat } from '../common/useNumberFormat';
import { AbolishedNote, CoverageNote, IndicatorSeries } from './IndicatorSeries';
import { type Figures, INDICATORS_PAGE, type IndicatorsPageData, type TargetStatus } from './indicatorQueries';

const CHILD_COLUMNS = ['teams', 'mediators', 'casesReceived', 'consolidatedShare', 'settlementRate', 'secretaryLedShare', 'mediatorsTrainedShare'];
const SYMBOL: Record<string, string> = { GT: '>', GTE: '≥', EQ: '=', LTE: '≤' };

const FiguresTable = ({ columns }: { columns: { label: string; figures: Figures | null | undefined }[] }) => {
  const translate = useTranslate();
  const { number, percent } = useNumberFormat();
  return (
    <Table size="small">
      <TableHead>
        <TableRow><TableCell />{columns.map((c) => <TableCell key={c.label} align="right">{c.label}</TableCell>)}</TableRow>
      </TableHead>
      <TableBody>
        {[...COUNTS, ...SHARES].map((name) => (
          <TableRow key={name}>
            <TableCell>{translate(`hoagiai.figure.${name}`)}</TableCell>
            {columns.map((c) => <TableCell key={c.label} align="right">{SHARES.includes(name) ? percent(c.figures?.[name]) : number(c.figures?.[name])}</TableCell>)}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The unit's figures rolled up over its subtree, its children side by side, its targets measured, pilots against the rest. */
const IndicatorsView = ({ unitId, year }: { unitId: string; year: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { number, percent } = useNumberFormat();
  const [data, setData] = useState<IndicatorsPageData | null>(null);
  useEffect(() => {
    let current = true;
    // The series runs over the five years before the one chosen (2021–2026 for today's units in 2026).
    apolloClient.query<IndicatorsPageData>({ query: INDICATORS_PAGE, variables: { id: unitId, year, fromYear: year - 5 }, fetchPolicy: 'no-cache', errorPolicy: 'all' })
      .then((result) => current && setData(result.data ?? null))
      .catch(() => current && setData(null));
    return () => { current = false; };
  }, [unitId, year]);
  const unit = data?.AdministrativeUnit;
  if (!unit) return null;
  if (!unit.indicators) {
    const last = unit.indicatorSeries?.[unit.indicatorSeries.length - 1];
    if (last?.noData) return <Stack spacing={3} sx={{ mt: 2 }}><AbolishedNote year={last} /><IndicatorSeries series={unit.indicatorSeries} /></Stack>;
    return <Alert severity="info">{translate('hoagiai.errors.notFound')}</Alert>;
  }
  const comparison = data.indicatorsComparison;
  // No data is said as such, never "not met"; a target outside its plan's unit is not applicable.
  // A target not yet due shows its progress so far ("Đạt (chưa đến hạn)").
  const verdict = ({ status, met }: { status: TargetStatus; met: boolean | null }) => {
    if (status !== 'NOT_DUE') return translate(`hoagiai.catalogue.status.${status}`);
    if (met == null) return translate('hoagiai.catalogue.status.NOT_DUE');
    return `${translate(`hoagiai.catalogue.status.${met ? 'MET' : 'NOT_MET'}`)} (${translate('hoagiai.indicators.notDue')})`;
  };
  const names = new Map(data.indicators?.map((i) => [i.code, locale === 'en' ? i.nameEn : i.name]) ?? []);
  return (
    <Stack spacing={3} sx={{ mt: 2 }} data-testid="indicators">
      <Box>
        <Stack direction="row" alignItems="center" justifyContent="space-between">
          <Typography variant="h6">{unit.name} ({unit.code}) · {year} {unit.pilot ? <Chip size="small" color="success" label={translate('hoagiai.indicators.pilot')} /> : null}</Typography>
          <ExportChoice name={`${translate('hoagiai.indicators.title')} ${unit.name} ${year}`} build={async () => indicatorTables(data, year, { translate, locale })} />
        </Stack>
        <CoverageNote coverage={unit.indicators.coverage} />
        <FiguresTable columns={[{ label: translate('hoagiai.reports.value'), figures: unit.indicators }]} />
      </Box>
      <IndicatorSeries series={unit.indicatorSeries} />
      {data.allTargets.length ? (
        <Box>
          <Typography variant="h6">{translate('hoagiai.indicators.targets')}</Typography>
          <Table size="small" data-testid="indicator-targets">
            <TableBody>
              {data.allTargets.map((t) => (
                <TableRow key={t.id}>
                  <TableCell>{t.plan?.number ?? t.plan?.title}{t.task ? ` · ${t.task.code}` : ''}</TableCell>
                  <TableCell>{t.indicatorDetails ? indicatorName(t.indicatorDetails, locale) : names.get(t.indicator) ?? t.indicator} {SYMBOL[t.comparator]} {number(Number(t.value))}{t.unit === 'PERCENT' ? '%' : ''}{t.year ? ` (${t.year})` : ''}</TableCell>
                  <TableCell align="right">{t.evaluation.actual == null ? '—' : `${t.unit === 'PERCENT' ? percent(t.evaluation.actual) : number(t.evaluation.actual)} (${number(t.evaluation.numerator)}/${number(t.evaluation.denominator)})`}</TableCell>
                  <TableCell><Chip size="small" data-testid={`target-status-${t.id}`} color={t.evaluation.status === 'MET' ? 'success' : t.evaluation.status === 'NOT_MET' ? 'warning' : 'default'} label={verdict(t.evaluation)} /></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
      {data.allAdministrativeUnits.length ? (
        <Box>
          <Typography variant="h6">{translate('hoagiai.indicators.children')}</Typography>
          <Table size="small">
            <TableHead>
              <TableRow><TableCell />{CHILD_COLUMNS.map((c) => <TableCell key={c} align="right">{translate(`hoagiai.figure.${c}`)}</TableCell>)}</TableRow>
            </TableHead>
            <TableBody>
              {data.allAdministrativeUnits.map((child) => (
                <TableRow key={child.id}>
                  <TableCell>{child.name} {child.pilot ? <Chip size="small" color="success" label={translate('hoagiai.indicators.pilot')} /> : null}</TableCell>
                  {CHILD_COLUMNS.map((c) => <TableCell key={c} align="right">{c.endsWith('Share') || c === 'settlementRate' ? percent(child.indicators?.[c]) : number(child.indicators?.[c])}</TableCell>)}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
      {comparison && comparison.pilotUnits.length ? (
        <Box>
          <Typography variant="h6">{translate('hoagiai.indicators.comparison')}: {comparison.pilotUnits.map((u) => u.name).join(', ')}</Typography>
          <FiguresTable columns={[{ label: translate('hoagiai.indicators.pilot'), figures: comparison.pilot }, { label: translate('hoagiai.indicators.nonPilot'), figures: comparison.nonPilot }]} />
        </Box>
      ) : null}
    </Stack>
  );
};

/**
 * The unit and year picked live in the address, so that switching the language (which draws the
 * page anew), a reload or a link sent to a colleague opens the same figures; and the form follows
 * an address it did not write (the menu's entry, the browser's back button).
 */
const SyncWithAddress = ({ latest, ownUnit }: { latest: number; ownUnit: string | undefined }) => {
  const { unitId, year } = useWatch<UnitYear>();
  const { reset } = useFormContext<UnitYear>();
  const { search } = useLocation();
  const navigate = useNavigate();
  const written = useRef(search);
  useEffect(() => {
    if (search === written.current) return;
    written.current = search;
    const chosen = unitYearIn(search);
    reset({ unitId: chosen.unitId ?? ownUnit, year: chosen.year ?? latest });
  }, [search, latest, ownUnit, reset]);
  useEffect(() => {
    const next = unitYearQuery({ unitId, year });
    if (next === written.current) return;
    written.current = next;
    navigate({ search: next }, { replace: true });
  }, [unitId, year, navigate]);
  return null;
};

/** A unit and a year, the caller's own unit to begin with (ownUnit.ts). Row-level security decides what the figures include. */
export const IndicatorsPage = () => {
  const translate = useTranslate();
  const latest = useLatestDataYear();
  const chosen = unitYearIn(useLocation().search);
  const { permissions, isPending } = usePermissions<Permissions>();
  if (latest == null || isPending) return null;
  const ownUnit = ownUnitOf(permissions, getWorkingUnitId());
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('hoagiai.indicators.title')} />
      <CardContent>
        <Form defaultValues={{ unitId: chosen.unitId ?? ownUnit, year: chosen.year ?? latest }}>
          <SyncWithAddress latest={latest} ownUnit={ownUnit} />
          <Stack direction="row" spacing={2} alignItems="center">
            <UnitReferenceInput source="unitId" label="hoagiai.indicators.unit" />
            <NumberInput source="year" label="hoagiai.indicators.year" sx={{ width: 120 }} />
          </Stack>
          <FormDataConsumer<{ unitId?: string; year?: number }>>
            {({ formData }) => (formData.unitId && formData.year && formData.year >= 2000 && formData.year <= 2100
              ? <IndicatorsView unitId={String(formData.unitId)} year={Number(formData.year)} />
              : <Typography variant="body2">{translate('hoagiai.indicators.pick')}</Typography>)}
          </FormDataConsumer>
        </Form>
      </CardContent>
    </Card>
  );
};
