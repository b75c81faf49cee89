import { moduleLoaders, type Context } from '../../core/context';
import type { ColumnShape } from '../../core/graphql/selection';
import { preparedRows } from '../../core/rows';
import { groupLoader, rowLoader } from '../../core/tenant-query';
import { HamletEntity } from '../hamlets/hamlet.entity';
import { HAMLET_FIELDS, type HamletRow, toHamlet } from '../hamlets/hamlet.service';
import type { Hamlet } from '../hamlets/hamlet.type';
import { CommuneProfileEntity } from './commune-profile.entity';
import { PROFILE_FIELDS, type CommuneProfileRow } from './commune-profile.service';
import { MediationTeamEntity } from './mediation-team.entity';
import { TEAM_FIELDS, type MediationTeamRow } from './mediation-team.service';
import type { TeamCompliance } from './mediation-team.type';
import { MediatorEntity } from './mediator.entity';
import { MEDIATOR_FIELDS, toMediator, type MediatorField, type MediatorRow } from './mediator.service';
import type { Mediator } from './mediator.type';
import { TeamReviewEntity } from './team-review.entity';
import { REVIEW_FIELDS, type TeamReviewRow } from './team-review.service';
import { toCompliance, type ComplianceRow } from './team-compliance';

/** One factory for the module: each loader answers a batch of keys with one prepared statement, under RLS. */
export const workforceLoaders = moduleLoaders('workforceLoaders', {
  teamById: (ctx) => rowLoader<number, MediationTeamRow>(ctx, 'workforce.teamById',
    (ids) => preparedRows(ctx, { name: 'workforce.teamById', entity: MediationTeamEntity, alias: 't', properties: TEAM_FIELDS, where: 'where t.id = any($1)' }, [ids]),
    (row) => row.id),

  mediatorById: (ctx) => rowLoader<number, MediatorRow>(ctx, 'workforce.mediatorById',
    (ids) => preparedRows(ctx, { name: 'workforce.mediatorById', entity: MediatorEntity, alias: 'm', properties: MEDIATOR_FIELDS, where: 'where m.id = any($1)' }, [ids]),
    (row) => row.id),

  /**
   * A team's mediators, only the columns `shape` names (one loader and statement per shape), as
   * Mediators: a team's field answers the loader's promise itself (PERF: no async call and no
   * array mapped per team, W4 resolves 50).
   */
  mediatorsByTeam: (ctx) => (shape: ColumnShape<MediatorField>) => groupLoader<number, MediatorRow, Mediator>(ctx, `workforce.mediatorsByTeam.${shape.tag}`,
    (teamIds) => preparedRows(ctx, {
      name: `workforce.mediatorsByTeam.${shape.tag}`, entity: MediatorEntity, alias: 'm', properties: shape.properties,
      where: 'where m.team_id = any($1) order by m.status, m.full_name, m.id',
    }, [teamIds]) as Promise<MediatorRow[]>,
    (row) => row.teamId, toMediator),

  reviewsByTeam: (ctx) => groupLoader<number, TeamReviewRow>(ctx, 'workforce.reviewsByTeam',
    (teamIds) => preparedRows(ctx, {
      name: 'workforce.reviewsByTeam', entity: TeamReviewEntity, alias: 'r', properties: REVIEW_FIELDS, where: 'where r.team_id = any($1) order by r.year, r.id',
    }, [teamIds]),
    (row) => row.teamId),

  complianceByTeam: (ctx) => rowLoader<number, ComplianceRow, TeamCompliance>(ctx, 'workforce.complianceByTeam',
    (teamIds) => ctx.tx.prepared<ComplianceRow>('workforce.complianceByTeam',
      'select team_id, active_mediators, women, ethnic_minority, minority_area, reasons, compliant from mediation_team_compliance where team_id = any($1)',
      [teamIds]),
    (row) => row.team_id, toCompliance),

  hamletById: (ctx) => rowLoader<number, HamletRow, Hamlet>(ctx, 'workforce.hamletById',
    (ids) => preparedRows(ctx, { name: 'workforce.hamletById', entity: HamletEntity, alias: 'h', properties: HAMLET_FIELDS, where: 'where h.id = any($1)' }, [ids]),
    (row) => row.id, toHamlet),

  profileByUnit: (ctx) => rowLoader<number, CommuneProfileRow>(ctx, 'workforce.profileByUnit',
    (unitIds) => preparedRows(ctx, {
      name: 'workforce.profileByUnit', entity: CommuneProfileEntity, alias: 'p', properties: PROFILE_FIELDS, where: 'where p.unit_id = any($1)',
    }, [unitIds]),
    (row) => row.unitId),
});
