import { Alert, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  BooleanField, CreateButton, Labeled, Link, SelectField, Show, SimpleShowLayout, TextField, useCreatePath, useRecordContext, useResourceDefinition, useTranslate,
} from 'react-admin';
import { NumberField } from '../common/NumberField';
import { DayField, TimestampField } from '../common/DayField';
import { UnitLinkField } from '../common/UnitLinkField';
import { ComplianceBadge, useComplianceText } from './ComplianceBadge';
import { useNumberFormat } from '../common/useNumberFormat';
import { genderChoices, mediatorStatusChoices, teamStatusChoices } from './groundChoices';
import { TEAM_SHOW } from './groundSelections';
import type { MediationTeam } from './groundTypes';

/** The team's mediators, active first: the leader is marked, trained status follows attendance. */
const Members = () => {
  const team = useRecordContext<MediationTeam>();
  const translate = useTranslate();
  const { number } = useNumberFormat();
  const createPath = useCreatePath();
  if (!team?.mediators?.length) return null;
  const field = (name: string) => translate(`resources.Mediator.fields.${name}`);
  return (
    <Labeled source="mediators">
      <Table size="small" data-testid="team-mediators">
        <TableHead>
          <TableRow>{['fullName', 'gender', 'ethnicity', 'partyCellSecretary', 'voteShare', 'trained', 'status'].map((name) => <TableCell key={name}>{field(name)}</TableCell>)}</TableRow>
        </TableHead>
        <TableBody>
          {team.mediators.map((m) => (
            <TableRow key={String(m.id)}>
              <TableCell>
                <Link to={createPath({ resource: 'Mediator', id: m.id, type: 'show' })}>{m.fullName}</Link>
                {m.id === team.leaderMediatorId ? ` (${translate('resources.MediationTeam.fields.leader')})` : ''}
              </TableCell>
              <TableCell>{translate(genderChoices.find((c) => c.id === m.gender)?.name ?? '')}</TableCell>
              <TableCell>{m.ethnicity ?? ''}</TableCell>
              <TableCell>{m.partyCellSecretary ? '✓' : ''}</TableCell>
              <TableCell>{number(m.voteShare)}</TableCell>
              <TableCell>{m.trained ? '✓' : ''}</TableCell>
              <TableCell>{translate(mediatorStatusChoices.find((c) => c.id === m.status)?.name ?? '')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Labeled>
  );
};

const Compliance = () => {
  const team = useRecordContext<MediationTeam>();
  const say = useComplianceText();
  if (!team?.compliance) return null;
  return (
    <Labeled source="compliance">
      <Stack spacing={1}>
        <ComplianceBadge />
        {team.compliance.reasons.map((reason) => <Alert key={reason.code} severity="warning">{say(reason, team.compliance!)}</Alert>)}
      </Stack>
    </Labeled>
  );
};

/**
 * Consolidated (reviewed and brought to compliance) per year: ✓ or ✗, each year linked to its
 * review; where the user may record reviews, a button adds one with this team filled in.
 */
const Reviews = () => {
  const team = useRecordContext<MediationTeam>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { hasCreate } = useResourceDefinition({ resource: 'TeamReview' });
  if (!team) return null;
  const reviews = team.reviews ?? [];
  return (
    <Labeled source="reviews">
      <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap>
        <Typography variant="body2" data-testid="team-reviews">
          {reviews.length ? reviews.map((r, index) => (
            <span key={String(r.id)}>
              {index > 0 ? ' · ' : ''}
              <Link to={createPath({ resource: 'TeamReview', id: r.id, type: 'show' })}>{r.year}</Link>: {r.reviewed && r.compliantAfter ? '✓' : '✗'}
            </span>
          )) : translate('hoagiai.records.noReviews')}
        </Typography>
        {reviews.length ? (
          <Link to={{ pathname: createPath({ resource: 'TeamReview', type: 'list' }), search: `filter=${encodeURIComponent(JSON.stringify({ teamId: team.id }))}` }}>
            {translate('hoagiai.records.allReviews')}
          </Link>
        ) : null}
        {hasCreate ? <CreateButton resource="TeamReview" state={{ record: { teamId: team.id } }} label="hoagiai.records.addReview" data-testid="team-add-review" /> : null}
      </Stack>
    </Labeled>
  );
};

export const MediationTeamShow = () => (
  <Show queryOptions={{ meta: { sparseFields: TEAM_SHOW } }}>
    <SimpleShowLayout>
      <TextField source="name" />
      <UnitLinkField source="unit" label="resources.MediationTeam.fields.unitId" />
      <TextField source="hamlet.name" label="resources.MediationTeam.fields.hamlet" />
      <TextField source="leader.fullName" label="resources.MediationTeam.fields.leader" emptyText="—" />
      <SelectField source="status" choices={teamStatusChoices} />
      <DayField source="establishedOn" emptyText="—" />
      <DayField source="dissolvedOn" emptyText="—" />
      <UnitLinkField source="formerUnit" label="resources.MediationTeam.fields.formerUnit" />
      <DayField source="movedOn" emptyText="—" />
      <Compliance />
      <Members />
      <Reviews />
      <BooleanField source="synthetic" />
      <NumberField source="version" />
      <TimestampField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
