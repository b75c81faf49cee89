import { moduleLoaders, type Context } from '../../core/context';
import { preparedRows } from '../../core/rows';
import { groupLoader, rowLoader } from '../../core/tenant-query';
import { AgencyEntity } from '../agencies/agency.entity';
import { AGENCY_FIELDS, type AgencyRow } from '../agencies/agency.service';
import { TrainerPoolEntity } from './trainer-pool.entity';
import { TRAINER_POOL_FIELDS, type TrainerPoolRow } from './trainer-pool.service';
import { TrainerEntity } from './trainer.entity';
import { TRAINER_FIELDS, type TrainerRow } from './trainer.service';

/** A pool's live figures, before the ratio is applied (trainer-pool.service.ts turns it into PoolShortfall). */
export type PoolFigures = { poolId: number; level: 'PROVINCE' | 'DISTRICT'; teamsPerTrainer: number; teams: number; actual: number; trained: number; missingKinds: string[] };
export type EventLink = { eventId: number; personId: number };

/** One factory for the module: each loader answers a batch of keys with one prepared statement, under RLS. */
export const trainingLoaders = moduleLoaders('trainingLoaders', {
  poolById: (ctx) => rowLoader<number, TrainerPoolRow>(ctx, 'training.poolById',
    (ids) => preparedRows(ctx, { name: 'training.poolById', entity: TrainerPoolEntity, alias: 'p', properties: TRAINER_POOL_FIELDS, where: 'where p.id = any($1)' }, [ids]),
    (row) => row.id),

  trainerById: (ctx) => rowLoader<number, TrainerRow>(ctx, 'training.trainerById',
    (ids) => preparedRows(ctx, { name: 'training.trainerById', entity: TrainerEntity, alias: 't', properties: TRAINER_FIELDS, where: 'where t.id = any($1)' }, [ids]),
    (row) => row.id),

  trainersByPool: (ctx) => groupLoader<number, TrainerRow>(ctx, 'training.trainersByPool',
    (poolIds) => preparedRows(ctx, {
      name: 'training.trainersByPool', entity: TrainerEntity, alias: 't', properties: TRAINER_FIELDS,
      where: 'where t.pool_id = any($1) order by t.full_name, t.id',
    }, [poolIds]),
    (row) => row.poolId),

  agencyById: (ctx) => rowLoader<number, AgencyRow>(ctx, 'training.agencyById',
    (ids) => preparedRows(ctx, { name: 'training.agencyById', entity: AgencyEntity, alias: 'a', properties: AGENCY_FIELDS, where: 'where a.id = any($1)' }, [ids]),
    (row) => row.id),

  /** Team counts come from a SECURITY DEFINER function: the requirement does not depend on who reads it. */
  figuresByPool: (ctx) => rowLoader<number, PoolFigures>(ctx, 'training.figuresByPool',
    async (poolIds) => {
      const rows: { pool_id: number; level: PoolFigures['level']; teams_per_trainer: number; teams: number; actual: number; trained: number; missing: string[] }[] =
        await (await ctx.db()).query(
          `select p.id as pool_id, u.level::text as level, p.teams_per_trainer, c.teams,
                  (select count(*)::int from trainer t where t.pool_id = p.id) as actual,
                  (select count(*)::int from trainer t where t.pool_id = p.id and t.trained) as trained,
                  array(select k::text from unnest(p.required_agency_kinds) k
                         where not exists (select 1 from trainer t where t.pool_id = p.id and t.agency_kind = k)
                         order by k) as missing
             from trainer_pool p
             join admin_unit u on u.id = p.unit_id
             join app.active_teams_under_pools($1) c on c.pool_id = p.id
            where p.id = any($1)`,
          [poolIds],
        );
      return rows.map((row) => ({
        poolId: row.pool_id, level: row.level, teamsPerTrainer: row.teams_per_trainer, teams: row.teams, actual: row.actual, trained: row.trained, missingKinds: row.missing,
      }));
    },
    (row) => row.poolId),

  teachersByEvent: (ctx) => groupLoader<number, EventLink>(ctx, 'training.teachersByEvent',
    async (eventIds) => (await (await ctx.db()).query(
      'select event_id, trainer_id from training_trainer where event_id = any($1) order by event_id, trainer_id', [eventIds],
    ) as { event_id: number; trainer_id: number }[]).map((row) => ({ eventId: row.event_id, personId: row.trainer_id })),
    (row) => row.eventId),

  mediatorAttendeesByEvent: (ctx) => groupLoader<number, EventLink>(ctx, 'training.mediatorAttendeesByEvent',
    async (eventIds) => (await (await ctx.db()).query(
      'select event_id, mediator_id from training_attendance where event_id = any($1) and mediator_id is not null order by event_id, mediator_id', [eventIds],
    ) as { event_id: number; mediator_id: number }[]).map((row) => ({ eventId: row.event_id, personId: row.mediator_id })),
    (row) => row.eventId),

  trainerAttendeesByEvent: (ctx) => groupLoader<number, EventLink>(ctx, 'training.trainerAttendeesByEvent',
    async (eventIds) => (await (await ctx.db()).query(
      'select event_id, trainer_id from training_attendance where event_id = any($1) and trainer_id is not null order by event_id, trainer_id', [eventIds],
    ) as { event_id: number; trainer_id: number }[]).map((row) => ({ eventId: row.event_id, personId: row.trainer_id })),
    (row) => row.eventId),
});
