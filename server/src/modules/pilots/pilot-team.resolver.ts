import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { MediationTeam } from '../workforce/mediation-team.type';

/** Whether teams are pilot teams of a selection the caller may read: one statement per batch. */
const isPilotTeam = (ctx: Context) =>
  ctx.loaders.get('pilots.isPilotTeam', () =>
    new DataLoader<number, boolean>(async (teamIds) => {
      const rows = await ctx.tx.prepared<{ team_id: number }>('pilots.isPilotTeam', 'select distinct team_id from pilot_team where team_id = any($1)', [teamIds]);
      const pilots = new Set(rows.map((row) => row.team_id));
      return teamIds.map((id) => pilots.has(id));
    }),
  );

@Resolver(() => MediationTeam)
export class PilotTeamResolver {
  @FieldResolver(() => Boolean, { description: 'A pilot team (chỉ đạo điểm, a district\'s exemplary-team model) of a team-level pilot selection the caller may read' })
  pilot(@Root() team: MediationTeam, @Ctx() ctx: Context): Promise<boolean> {
    return isPilotTeam(ctx).load(Number(team.id));
  }
}
