import type { GraphQLResolveInfo } from 'graphql';
import type { EntityMetadata } from 'typeorm';
import { moduleLoaders, type Context } from '../../core/context';
import { perField } from '../../core/graphql/per-field';
import { columnsOf, subfieldAskedOnce, type ColumnShape } from '../../core/graphql/selection';
import { nestedRows, nestedRowsSql, preparedRows, type RowJoin } from '../../core/rows';
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
import { MEDIATOR_FIELDS, MEDIATOR_READS, toMediator, type MediatorField, type MediatorRow } from './mediator.service';
import type { Mediator } from './mediator.type';
import { TeamReviewEntity } from './team-review.entity';
import { REVIEW_FIELDS, type TeamReviewRow } from './team-review.service';
import { toCompliance, type ComplianceRow } from './team-compliance';

/** The order of a team's mediators: the active first, then those who left (MediationTeam.mediators). */
const MEDIATOR_ORDER = 'm.status, m.full_name, m.id';

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
      where: `where m.team_id = any($1) order by ${MEDIATOR_ORDER}`,
    }, [teamIds]) as Promise<MediatorRow[]>,
    (row) => row.teamId, toMediator),

  /** The mediators of teams a teams list read with its rows (keepMediators), by team and shape. */
  mediatorsRead: () => new Map<string, Mediator[]>(),

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

const MEDIATORS_COLUMN = '__mediators';

const mediatorsKey = (teamId: number, shape: ColumnShape<MediatorField>) => `${teamId}:${shape.tag}`;

const askedOfList = perField<'mediators', ColumnShape<MediatorField> | null>();

/**
 * The columns a teams list's selection reads of its teams' mediators (`mediators { fullName }`),
 * to be read with the list (mediatorsJoin); null when it asks none, or asks them under more than
 * one name (the loader then reads them). PERF (issue 11): W4's fifty teams took a statement of
 * their own for their mediators, whose row-level security read 6,226 rows of an index to find
 * 333 (0.5 ms); read with the teams, each team's are found by its index entry, and each
 * `mediators` answers at once instead of by a loader's promise.
 */
export function mediatorsAsked(info: GraphQLResolveInfo): ColumnShape<MediatorField> | null {
  return askedOfList(info.fieldNodes, 'mediators', () => {
    const nodes = subfieldAskedOnce(info, 'mediators');
    return nodes ? columnsOf(MEDIATOR_READS, nodes, info.fragments) : null;
  });
}

/** Each listed team's mediators, in the list's statement, under row-level security as the loader's (nestedRowsSql). */
export function mediatorsJoin(mediators: EntityMetadata, shape: ColumnShape<MediatorField>): RowJoin {
  return { property: 'id', as: MEDIATORS_COLUMN, select: (column) => nestedRowsSql(mediators, 'm', `where m.team_id = ${column}`, MEDIATOR_ORDER, shape.properties) };
}

/** The mediators a list read with mediatorsJoin, kept for its teams' `mediators` (mediatorsOfTeam). */
export function keepMediators(ctx: Context, mediators: EntityMetadata, shape: ColumnShape<MediatorField>, rows: readonly object[]): void {
  const read = workforceLoaders(ctx).mediatorsRead;
  for (const row of rows as { id: number; [MEDIATORS_COLUMN]: unknown }[]) {
    read.set(mediatorsKey(row.id, shape), nestedRows<MediatorRow>(mediators, 'm', row[MEDIATORS_COLUMN], shape.properties).map(toMediator));
  }
}

/** A team's mediators: at once when its list read them (keepMediators), else through the loader. */
export function mediatorsOfTeam(ctx: Context, teamId: number, shape: ColumnShape<MediatorField>): Mediator[] | Promise<Mediator[]> {
  const loaders = workforceLoaders(ctx);
  return loaders.mediatorsRead.get(mediatorsKey(teamId, shape)) ?? loaders.mediatorsByTeam(shape).load(teamId);
}
