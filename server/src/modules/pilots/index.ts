import { PilotSelectionEntity } from './pilot-selection.entity';
import { PilotCandidateResolver, PilotSelectionResolver } from './pilot-selection.resolver';
import { PilotTeamResolver } from './pilot-team.resolver';

/** Pilot commune selection (issue 4, item 8), registered in modules/index.ts. */
export const pilotsModule = {
  resolvers: [PilotSelectionResolver, PilotCandidateResolver, PilotTeamResolver],
  entities: [PilotSelectionEntity],
};
