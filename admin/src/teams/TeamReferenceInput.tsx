import { AutocompleteInput, ReferenceInput, type Validator } from 'react-admin';
import { searchOf } from '../common/search';
import { TEAM_OPTION } from './groundSelections';
import type { MediationTeam } from './groundTypes';

type TeamReferenceInputProps = {
  source: string;
  validate?: Validator | Validator[];
  label?: string;
  alwaysOn?: boolean;
};

/** "Tổ hòa giải Ấp 1 – Xã Mỹ Tú": team names repeat from one commune to the next. */
const teamOptionText = (team: MediationTeam) => (team.unit ? `${team.name} – ${team.unit.name}` : team.name);

/** An autocomplete over the teams the user reads, searched by name without diacritics on the server. */
export const TeamReferenceInput = ({ source, validate, label, ...rest }: TeamReferenceInputProps) => (
  <ReferenceInput source={source} reference="MediationTeam" sort={{ field: 'name', order: 'ASC' }} queryOptions={{ meta: { sparseFields: TEAM_OPTION } }} {...rest}>
    <AutocompleteInput optionText={teamOptionText} filterToQuery={searchOf} validate={validate} label={label} sx={{ minWidth: 360 }} />
  </ReferenceInput>
);
