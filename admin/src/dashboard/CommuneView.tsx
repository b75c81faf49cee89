import { useState } from 'react';
import { Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useNotify, useTranslate } from 'react-admin';
import { formatDay } from '../common/days';
import { useNumberFormat } from '../common/useNumberFormat';
import { toHttpError } from '../graphql/apiErrors';
import { apolloClient } from '../graphql/apolloClient';
import { transitionReport } from '../reports/reportActions';
import { GENERATE_REPORT, type UnitDashboard } from './dashboardQueries';
import { ReportChip, Section } from './dashboardParts';

/** The commune's own report of the year: due date, status, and one click to generate (or refresh) and submit it. */
const CommuneReport = ({ data, onChange }: { data: UnitDashboard; onChange: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const report = data.report;
  const open = report && report.writable && (report.status == null || report.status === 'DRAFT');
  const generateAndSubmit = async () => {
    setBusy(true);
    try {
      const generated = await apolloClient.mutate<{ generateReport: { id: string; version: number } }>({
        mutation: GENERATE_REPORT, variables: { unitId: data.unit.id, year: data.year }, fetchPolicy: 'no-cache',
      }).catch((error: unknown) => { throw toHttpError(error); });
      await transitionReport('submitReport', generated.data!.generateReport);
      notify('hoagiai.dashboard.commune.submitted', { type: 'success' });
      onChange();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section title={translate('hoagiai.dashboard.commune.report', { year: data.year })} testId="commune-report">
      <Stack direction="row" spacing={2} alignItems="center">
        <ReportChip report={report} />
        {open ? (
          <Button variant="contained" disabled={busy} onClick={generateAndSubmit} data-testid="generate-submit">
            {translate('hoagiai.dashboard.commune.generateSubmit')}
          </Button>
        ) : null}
      </Stack>
    </Section>
  );
};

/** A commune's landing page: its report, the teams that need attention (with the law's reasons), the mediators not yet trained. */
export const CommuneView = ({ data, onChange }: { data: UnitDashboard; onChange: () => void }) => {
  const translate = useTranslate();
  const { number } = useNumberFormat();
  const more = (shown: number, count: number) => (count > shown
    ? <Typography variant="caption">{translate('hoagiai.dashboard.commune.more', { shown: number(shown), count: number(count) })}</Typography> : null);
  return (
    <>
      <CommuneReport data={data} onChange={onChange} />
      <Section title={`${translate('hoagiai.dashboard.commune.attention')} (${number(data.teamsNeedingAttentionCount)})`} testId="commune-attention">
        {data.teamsNeedingAttention.length === 0 ? <Typography variant="body2">{translate('hoagiai.dashboard.commune.noAttention')}</Typography> : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('hoagiai.dashboard.commune.team')}</TableCell>
                <TableCell>{translate('hoagiai.dashboard.commune.reasons')}</TableCell>
                <TableCell align="right">{translate('hoagiai.dashboard.commune.activeMediators')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.teamsNeedingAttention.map((team) => (
                <TableRow key={team.teamId}>
                  <TableCell><Link to={`/MediationTeam/${team.teamId}/show`}>{team.name}</Link></TableCell>
                  <TableCell>{team.reasons.map((r) => translate(`hoagiai.compliance.${r}`)).join('; ')}</TableCell>
                  <TableCell align="right">{number(team.activeMediators)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {more(data.teamsNeedingAttention.length, data.teamsNeedingAttentionCount)}
      </Section>
      <Section title={`${translate('hoagiai.dashboard.commune.untrained')} (${number(data.untrainedMediatorsCount)})`} testId="commune-untrained">
        {data.untrainedMediators.length === 0 ? <Typography variant="body2">{translate('hoagiai.dashboard.commune.noUntrained')}</Typography> : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('hoagiai.dashboard.commune.mediator')}</TableCell>
                <TableCell>{translate('hoagiai.dashboard.commune.team')}</TableCell>
                <TableCell>{translate('hoagiai.dashboard.commune.electedOn')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.untrainedMediators.map((m) => (
                <TableRow key={m.mediatorId}>
                  <TableCell><Link to={`/Mediator/${m.mediatorId}/show`}>{m.fullName}</Link></TableCell>
                  <TableCell>{m.teamName}</TableCell>
                  <TableCell>{m.electedOn ? formatDay(m.electedOn) : '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {more(data.untrainedMediators.length, data.untrainedMediatorsCount)}
      </Section>
    </>
  );
};
