import type { Context } from '../../core/context';
import { badInput } from '../../core/errors';
import { parseId } from '../../core/graphql/list';
import { isWithin } from '../../core/tenancy/scope';
import { TrainingAudience } from './training-event.type';

/** Who taught an event and who attended it, as id lists (the API and the audit log speak in lists). */
export type EventPeople = { trainerIds: number[]; attendeeMediatorIds: number[]; attendeeTrainerIds: number[] };
export const NO_PEOPLE: EventPeople = { trainerIds: [], attendeeMediatorIds: [], attendeeTrainerIds: [] };

type EventPlace = { unitPath: string; audience: TrainingAudience };
type PersonRow = { id: number; path: string };

const idsOf = (field: string, ids: string[]) => [...new Set(ids.map((id) => parseId(field, id)))].sort((a, b) => a - b);

/**
 * The link rows of training events. The database checks the same rules (triggers and policies);
 * checking here first names the field. Trained status follows from the attendance rows by triggers.
 */
export class TrainingAttendanceService {
  static async current(ctx: Context, eventId: number): Promise<EventPeople> {
    const rows: { kind: 'T' | 'M' | 'A'; id: number }[] = await (await ctx.db()).query(
      `select 'T' as kind, trainer_id as id from training_trainer where event_id = $1
       union all select 'M', mediator_id from training_attendance where event_id = $1 and mediator_id is not null
       union all select 'A', trainer_id from training_attendance where event_id = $1 and trainer_id is not null
       order by 1, 2`,
      [eventId],
    );
    const of = (kind: string) => rows.filter((row) => row.kind === kind).map((row) => row.id);
    return { trainerIds: of('T'), attendeeMediatorIds: of('M'), attendeeTrainerIds: of('A') };
  }

  /** The lists the event will have: sent lists replace the current ones, after checking them. */
  static async resolve(
    ctx: Context,
    event: EventPlace,
    current: EventPeople,
    sent: { trainerIds?: string[]; attendeeMediatorIds?: string[]; attendeeTrainerIds?: string[] },
  ): Promise<EventPeople> {
    const next: EventPeople = {
      trainerIds: sent.trainerIds ? idsOf('trainerIds', sent.trainerIds) : current.trainerIds,
      attendeeMediatorIds: sent.attendeeMediatorIds ? idsOf('attendeeMediatorIds', sent.attendeeMediatorIds) : current.attendeeMediatorIds,
      attendeeTrainerIds: sent.attendeeTrainerIds ? idsOf('attendeeTrainerIds', sent.attendeeTrainerIds) : current.attendeeTrainerIds,
    };
    if (next.attendeeMediatorIds.length && event.audience !== TrainingAudience.MEDIATORS) {
      throw badInput(sent.attendeeMediatorIds ? 'attendeeMediatorIds' : 'audience', 'Only a MEDIATORS event lists mediators as attendees', 'ATTENDEES_MATCH_AUDIENCE', {
        audience: TrainingAudience.MEDIATORS,
      });
    }
    if (next.attendeeTrainerIds.length && event.audience !== TrainingAudience.TRAINERS) {
      throw badInput(sent.attendeeTrainerIds ? 'attendeeTrainerIds' : 'audience', 'Only a TRAINERS event lists trainers as attendees', 'ATTENDEES_MATCH_AUDIENCE', {
        audience: TrainingAudience.TRAINERS,
      });
    }
    if (sent.attendeeMediatorIds) await checkPeople(ctx, 'mediator', 'attendeeMediatorIds', next.attendeeMediatorIds, (path) => isWithin(path, event.unitPath));
    if (sent.attendeeTrainerIds) await checkPeople(ctx, 'trainer', 'attendeeTrainerIds', next.attendeeTrainerIds, (path) => isWithin(path, event.unitPath));
    if (sent.trainerIds) {
      await checkPeople(ctx, 'trainer', 'trainerIds', next.trainerIds, (path) => isWithin(path, event.unitPath) || isWithin(event.unitPath, path));
    }
    return next;
  }

  /** Applies the difference between two states of an event's lists: at most six statements. */
  static async replace(ctx: Context, eventId: number, before: EventPeople, after: EventPeople): Promise<void> {
    const manager = await ctx.db();
    const change = async (list: keyof EventPeople, table: string, column: string) => {
      const removed = before[list].filter((id) => !after[list].includes(id));
      const added = after[list].filter((id) => !before[list].includes(id));
      if (removed.length) await manager.query(`delete from ${table} where event_id = $1 and ${column} = any($2)`, [eventId, removed]);
      if (added.length) await manager.query(`insert into ${table} (event_id, ${column}) select $1, unnest($2::int[])`, [eventId, added]);
    };
    await change('trainerIds', 'training_trainer', 'trainer_id');
    await change('attendeeMediatorIds', 'training_attendance', 'mediator_id');
    await change('attendeeTrainerIds', 'training_attendance', 'trainer_id');
  }
}

/** Every id must be a row the caller can read, placed where the event allows. */
async function checkPeople(ctx: Context, table: 'mediator' | 'trainer', field: string, ids: number[], allowed: (path: string) => boolean): Promise<void> {
  if (!ids.length) return;
  const rows: PersonRow[] = await (await ctx.db()).query(`select id, unit_path::text as path from ${table} where id = any($1)`, [ids]);
  const found = new Map(rows.map((row) => [row.id, row.path]));
  const unknown = ids.filter((id) => !found.has(id));
  if (unknown.length) throw badInput(field, `Unknown ${table}(s): ${unknown.join(', ')}`, 'ATTENDEE_UNKNOWN', { ids: unknown });
  const misplaced = ids.filter((id) => !allowed(found.get(id)!));
  if (misplaced.length) {
    const attendees = table === 'mediator' || field === 'attendeeTrainerIds';
    throw attendees
      ? badInput(field, `Attendees must belong to the organising unit or a unit below it: ${misplaced.join(', ')}`, 'ATTENDEES_OUTSIDE_UNIT')
      : badInput(field, `Trainers must come from a pool of the organising unit, above it or below it: ${misplaced.join(', ')}`, 'TRAINERS_OUTSIDE_BRANCH');
  }
}
