import { CommuneProfileEntity } from './commune-profile.entity';
import { CommuneProfileResolver } from './commune-profile.resolver';
import { MediationTeamEntity } from './mediation-team.entity';
import { MediationTeamResolver } from './mediation-team.resolver';
import { MediatorEntity } from './mediator.entity';
import { MediatorResolver } from './mediator.resolver';
import { TeamReviewEntity } from './team-review.entity';
import { TeamReviewResolver } from './team-review.resolver';

/** Mediation teams, mediators, yearly reviews and commune profiles (issue 4, items 1 and 7's profile). */
export const workforceModule = {
  resolvers: [MediationTeamResolver, MediatorResolver, TeamReviewResolver, CommuneProfileResolver],
  entities: [MediationTeamEntity, MediatorEntity, TeamReviewEntity, CommuneProfileEntity],
};
