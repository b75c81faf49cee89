import { Edit, Labeled, SelectInput, SimpleForm, TextInput, required, useRecordContext } from 'react-admin';
import { DayInput } from '../common/DayInput';
import { UnitLinkField } from '../common/UnitLinkField';
import { teamStatusChoices } from './groundChoices';
import { TEAM_EDIT } from './groundSelections';
import type { MediationTeam } from './groundTypes';

/** The leader is chosen among the team's active mediators (the server refuses anyone else). */
const LeaderInput = () => {
  const team = useRecordContext<MediationTeam>();
  const choices = (team?.mediators ?? []).filter((m) => m.status === 'ACTIVE').map((m) => ({ id: m.id, name: m.fullName }));
  return <SelectInput source="leaderMediatorId" choices={choices} translateChoice={false} emptyText="—" />;
};

/** Pessimistic: the update carries the version the form was loaded with; a CONFLICT reaches the user. */
export const MediationTeamEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" queryOptions={{ meta: { sparseFields: TEAM_EDIT } }} mutationOptions={{ meta: { sparseFields: TEAM_EDIT } }}>
    <SimpleForm>
      <Labeled source="unitId">
        <UnitLinkField source="unit" />
      </Labeled>
      <TextInput source="name" validate={required()} />
      <LeaderInput />
      <DayInput source="establishedOn" />
      <SelectInput source="status" choices={teamStatusChoices} validate={required()} />
      <DayInput source="dissolvedOn" />
    </SimpleForm>
  </Edit>
);
