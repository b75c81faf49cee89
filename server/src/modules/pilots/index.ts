import { PilotSelectionEntity } from './pilot-selection.entity';
import { PilotCandidateResolver, PilotSelectionResolver } from './pilot-selection.resolver';

/** Pilot commune selection (issue 4, item 8), registered in modules/index.ts. */
export const pilotsModule = {
  resolvers: [PilotSelectionResolver, PilotCandidateResolver],
  entities: [PilotSelectionEntity],
};
