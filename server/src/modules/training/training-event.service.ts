import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { pageCount, pageRows } from '../../core/rows';
import { RECORD_FIELDS } from '../workforce/tenant-record.type';
import { createAudited, deleteAudited, updateAudited } from '../../core/crud';
import { badInput, conflict, explainConstraint, notFound } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import { assertRowWritable, cleanText, inYear, optionalText, underUnit, writableUnit } from '../../core/tenant-query';
import { NO_PEOPLE, TrainingAttendanceService, type EventPeople } from './training-attendance.service';
import type { CreateTrainingEventArgs, TrainingEventFilter, TrainingEventListArgs, UpdateTrainingEventArgs } from './training-event.args';
import { TrainingEventEntity } from './training-event.entity';
import type { TrainingAudience, TrainingEvent } from './training-event.type';

explainConstraint('training_event_dates_check', 'endsOn', 'A training cannot end before it starts', 'TRAINING_DATES_ORDER');
explainConstraint('training_attendance_audience_check', 'audience', 'The attendees do not match the audience', 'ATTENDEES_MATCH_AUDIENCE');
explainConstraint('training_attendance_subtree_check', 'attendeeMediatorIds', 'Attendees must belong to the organising unit or a unit below it', 'ATTENDEES_OUTSIDE_UNIT');
explainConstraint('training_trainer_branch_check', 'trainerIds', 'Trainers must come from a pool of the organising unit, above it or below it', 'TRAINERS_OUTSIDE_BRANCH');

const baseSnapshot = (e: TrainingEventEntity) => ({
  unitId: e.unitId, title: e.title, startsOn: e.startsOn, endsOn: e.endsOn, audience: e.audience, location: e.location,
  cost: e.cost, participants: e.participants, planTaskId: e.planTaskId,
});

/** The audit snapshot includes who taught and attended; `peopleOf` says which lists a snapshot shows. */
const eventResource = (peopleOf: (row: TrainingEventEntity) => EventPeople) => ({
  name: 'TrainingEvent',
  entity: TrainingEventEntity,
  snapshot: (e: TrainingEventEntity) => ({ ...baseSnapshot(e), ...peopleOf(e) }),
});

const SORTABLE = { startsOn: 'e.starts_on', endsOn: 'e.ends_on', title: 'e.title', audience: 'e.audience', cost: 'e.cost', unitId: 'e.unit_id', createdAt: 'e.created_at', id: 'e.id' };

/** The columns TrainingEvent shows: lists read only these (no internal column, no entity hydration). */
export const TRAINING_EVENT_FIELDS = [
  ...RECORD_FIELDS, 'title', 'startsOn', 'endsOn', 'audience', 'location', 'cost', 'participants', 'planTaskId',
] as const;
export type TrainingEventRow = Pick<TrainingEventEntity, (typeof TRAINING_EVENT_FIELDS)[number]>;

export const toTrainingEvent = (e: TrainingEventRow): TrainingEvent => ({
  id: e.id, unitId: e.unitId, synthetic: e.synthetic, version: e.version, createdAt: e.createdAt, updatedAt: e.updatedAt,
  title: e.title, startsOn: e.startsOn, endsOn: e.endsOn, audience: e.audience as TrainingAudience,
  location: e.location, cost: e.cost, participants: e.participants, planTaskId: e.planTaskId,
});

const planTask = (id: string | null | undefined) => (id == null ? null : parseId('planTaskId', id));

export class TrainingEventService {
  private static filtered(manager: EntityManager, filter: TrainingEventFilter = {}) {
    const qb = manager.createQueryBuilder(TrainingEventEntity, 'e');
    if (filter.ids) qb.andWhere('e.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere('e.search like :pattern', { pattern: searchPattern(filter.q) });
    if (filter.unitId) underUnit(qb, filter.unitId);
    if (filter.year != null) inYear(qb, 'e.starts_on', filter.year);
    if (filter.audience) qb.andWhere('e.audience = :audience', { audience: filter.audience });
    if (filter.planTaskId) qb.andWhere('e.plan_task_id = :planTaskId', { planTaskId: parseId('filter.planTaskId', filter.planTaskId) });
    if (filter.mediatorId) {
      qb.andWhere('e.id in (select a.event_id from training_attendance a where a.mediator_id = :mediatorId)', { mediatorId: parseId('filter.mediatorId', filter.mediatorId) });
    }
    if (filter.trainerId) {
      qb.andWhere(`e.id in (select a.event_id from training_attendance a where a.trainer_id = :trainerId
                            union select tt.event_id from training_trainer tt where tt.trainer_id = :trainerId)`, { trainerId: parseId('filter.trainerId', filter.trainerId) });
    }
    return qb;
  }

  /** Newest first unless another order is asked for. */
  static async list(ctx: Context, args: TrainingEventListArgs): Promise<TrainingEvent[]> {
    const qb = TrainingEventService.filtered(await ctx.db(), args.filter);
    return (await pageRows(ctx, 'TrainingEvent', args.filter, applyListArgs(qb, { ...args, sortOrder: args.sortOrder ?? (args.sortField ? undefined : 'DESC') }, SORTABLE, 'startsOn', args.filter?.ids?.length), TRAINING_EVENT_FIELDS))
      .map(toTrainingEvent);
  }

  static async count(ctx: Context, filter?: TrainingEventFilter): Promise<number> {
    return pageCount(ctx, 'TrainingEvent', filter, TrainingEventService.filtered(await ctx.db(), filter));
  }

  static async byId(ctx: Context, id: string): Promise<TrainingEvent | null> {
    const row = await (await ctx.db()).findOne(TrainingEventEntity, { where: { id: parseId('id', id) } });
    return row ? toTrainingEvent(row) : null;
  }

  static async create(ctx: Context, args: CreateTrainingEventArgs): Promise<TrainingEvent> {
    const unit = await writableUnit(ctx, args.unitId, ['PROVINCE', 'DISTRICT', 'COMMUNE'], 'Trainings are organised by a province, a district or a commune');
    if (args.endsOn < args.startsOn) throw badInput('endsOn', 'A training cannot end before it starts', 'TRAINING_DATES_ORDER');
    const people = await TrainingAttendanceService.resolve(ctx, { unitPath: unit.path, audience: args.audience }, NO_PEOPLE, args);
    const event = await createAudited(ctx, eventResource(() => people), {
      unitId: unit.id, title: cleanText('title', args.title), startsOn: args.startsOn, endsOn: args.endsOn, audience: args.audience,
      location: optionalText(args.location) ?? null, cost: args.cost ?? 0, participants: args.participants ?? null, planTaskId: planTask(args.planTaskId),
    });
    await TrainingAttendanceService.replace(ctx, event.id, NO_PEOPLE, people);
    return toTrainingEvent(event);
  }

  static async update(ctx: Context, args: UpdateTrainingEventArgs): Promise<TrainingEvent> {
    const before = await (await ctx.db()).findOne(TrainingEventEntity, { where: { id: parseId('id', args.id) } });
    if (!before) throw notFound('TrainingEvent', args.id);
    assertRowWritable(ctx, before);
    if (before.version !== args.version) throw conflict('TrainingEvent', before.id);
    const changes: Partial<TrainingEventEntity> = {};
    if (args.title != null) changes.title = cleanText('title', args.title);
    if (args.startsOn != null) changes.startsOn = args.startsOn;
    if (args.endsOn != null) changes.endsOn = args.endsOn;
    if ((changes.endsOn ?? before.endsOn) < (changes.startsOn ?? before.startsOn)) throw badInput('endsOn', 'A training cannot end before it starts', 'TRAINING_DATES_ORDER');
    if (args.audience != null) changes.audience = args.audience;
    if (args.location !== undefined) changes.location = optionalText(args.location) ?? null;
    if (args.cost != null) changes.cost = args.cost;
    if (args.participants !== undefined) changes.participants = args.participants;
    if (args.planTaskId !== undefined) changes.planTaskId = planTask(args.planTaskId);
    const current = await TrainingAttendanceService.current(ctx, before.id);
    const audience = (changes.audience ?? before.audience) as TrainingAudience;
    const people = await TrainingAttendanceService.resolve(ctx, { unitPath: before.unitPath, audience }, current, args);
    await TrainingAttendanceService.replace(ctx, before.id, current, people);
    // Changing who attended is a change of the event: the version moves even without other changes.
    const resource = eventResource((row) => (row.version === args.version ? current : people));
    return toTrainingEvent(await updateAudited(ctx, resource, before.id, args.version, changes));
  }

  static async remove(ctx: Context, id: string, version: number): Promise<TrainingEvent> {
    const eventId = parseId('id', id);
    const people = await TrainingAttendanceService.current(ctx, eventId);
    return toTrainingEvent(await deleteAudited(ctx, eventResource(() => people), eventId, version));
  }
}
