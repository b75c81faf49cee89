import type { Context } from '../../core/context';
import { HamletEntity } from '../hamlets/hamlet.entity';
import { toHamlet } from '../hamlets/hamlet.service';
import type { Hamlet } from '../hamlets/hamlet.type';
import { CommuneProfileEntity } from './commune-profile.entity';
import { MediationTeamEntity } from './mediation-team.entity';
import type { TeamCompliance } from './mediation-team.type';
import { MediatorEntity } from './mediator.entity';
import { TeamReviewEntity } from './team-review.entity';
import { toCompliance, type ComplianceRow } from './team-compliance';
import { groupLoader, rowLoader } from '../../core/tenant-query';

/** One factory for the module: each loader answers a batch of keys with one statement, under RLS. */
export const workforceLoaders = (ctx: Context) => ({
  teamById: rowLoader<number, MediationTeamEntity>(ctx, 'workforce.teamById',
    async (ids) => (await ctx.db()).createQueryBuilder(MediationTeamEntity, 't').where('t.id = any(:ids)', { ids }).getMany(),
    (row) => row.id),

  mediatorById: rowLoader<number, MediatorEntity>(ctx, 'workforce.mediatorById',
    async (ids) => (await ctx.db()).createQueryBuilder(MediatorEntity, 'm').where('m.id = any(:ids)', { ids }).getMany(),
    (row) => row.id),

  mediatorsByTeam: groupLoader<number, MediatorEntity>(ctx, 'workforce.mediatorsByTeam',
    async (teamIds) => (await ctx.db()).createQueryBuilder(MediatorEntity, 'm')
      .where('m.team_id = any(:teamIds)', { teamIds }).orderBy('m.status').addOrderBy('m.full_name').addOrderBy('m.id').getMany(),
    (row) => row.teamId),

  reviewsByTeam: groupLoader<number, TeamReviewEntity>(ctx, 'workforce.reviewsByTeam',
    async (teamIds) => (await ctx.db()).createQueryBuilder(TeamReviewEntity, 'r')
      .where('r.team_id = any(:teamIds)', { teamIds }).orderBy('r.year').getMany(),
    (row) => row.teamId),

  complianceByTeam: rowLoader<number, TeamCompliance & { teamId: number }>(ctx, 'workforce.complianceByTeam',
    async (teamIds) => {
      const rows: ComplianceRow[] = await (await ctx.db()).query(
        `select team_id, active_mediators, women, ethnic_minority, minority_area, reasons, compliant
           from mediation_team_compliance where team_id = any($1)`, [teamIds]);
      return rows.map((row) => ({ ...toCompliance(row), teamId: row.team_id }));
    },
    (row) => row.teamId),

  hamletById: rowLoader<number, Hamlet>(ctx, 'workforce.hamletById',
    async (ids) => (await (await ctx.db()).createQueryBuilder(HamletEntity, 'h').where('h.id = any(:ids)', { ids }).getMany()).map(toHamlet),
    (row) => row.id),

  profileByUnit: rowLoader<number, CommuneProfileEntity>(ctx, 'workforce.profileByUnit',
    async (unitIds) => (await ctx.db()).createQueryBuilder(CommuneProfileEntity, 'p').where('p.unit_id = any(:unitIds)', { unitIds }).getMany(),
    (row) => row.unitId),
});
