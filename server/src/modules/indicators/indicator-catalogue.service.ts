import type { EntityManager } from 'typeorm';
import { audit } from '../../core/audit';
import type { Context } from '../../core/context';
import { pageCount, pageRows, plainRows } from '../../core/rows';
import { badInput, conflict, explainConstraint, forbidden, notFound } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import { cleanText, rowLoader } from '../../core/tenant-query';
import { covers } from '../../core/tenancy/scope';
import { UnitService } from '../units/unit.service';
import { TargetUnit } from '../plans/plan.enums';
import type { CreateIndicatorArgs, IndicatorFilter, IndicatorListArgs, UpdateIndicatorArgs } from './indicator-catalogue.args';
import { CatalogueIndicatorEntity } from './indicator-catalogue.entity';
import { INDICATOR_CODE } from './indicator-code.scalar';
import { type Indicator, IndicatorMeasure, IndicatorMeasurement, MEASURE_UNIT } from './indicator-catalogue.type';

explainConstraint('target_indicator_code_unique', 'code', 'This code is taken: choose another', 'INDICATOR_CODE_TAKEN');
explainConstraint('target_indicator_name_check', 'name', 'name and nameEn must be 1 to 300 characters long', 'TEXT_LENGTH', { min: 1, max: 300 });
explainConstraint('target_indicator_measure_check', 'measure', 'A COMPUTED indicator names its built-in measure; a REPORTED one names none', 'INDICATOR_MEASURE_MISMATCH');
explainConstraint('report_indicator_value_indicator_fkey', 'id', 'Reports hold values of this indicator: it cannot be deleted', 'INDICATOR_HAS_VALUES');

const FIELDS = ['id', 'code', 'name', 'nameEn', 'unit', 'description', 'measurement', 'measure', 'builtin', 'unitId', 'ownerPath', 'version', 'createdAt', 'updatedAt'] as const;
type Row = Pick<CatalogueIndicatorEntity, (typeof FIELDS)[number]>;

const SORTABLE = {
  code: 'i.code', name: 'i.name', nameEn: 'i.name_en', unit: 'i.unit', measurement: 'i.measurement', builtin: 'i.builtin',
  unitId: 'i.unit_id', updatedAt: 'i.updated_at', id: 'i.id',
};

export const toIndicator = (r: Row): Indicator => ({
  id: r.id, code: r.code, name: r.name, nameEn: r.nameEn, unit: r.unit as TargetUnit, description: r.description,
  measurement: r.measurement as IndicatorMeasurement, measure: r.measure as IndicatorMeasure | null, builtin: r.builtin,
  unitId: r.unitId, version: r.version, createdAt: r.createdAt, updatedAt: r.updatedAt,
});

const snapshot = (r: Row) => ({
  code: r.code, name: r.name, nameEn: r.nameEn, unit: r.unit, description: r.description, measurement: r.measurement, measure: r.measure, unitId: r.unitId,
});

type Definition = { unit: TargetUnit; measurement: IndicatorMeasurement; measure: IndicatorMeasure | null };

/**
 * The indicator catalogue. Row-level security decides what a caller reads (national, its
 * ancestors' and its own provinces' indicators); writing needs the admin scope, and built-in rows
 * are read-only. The audit row is written here: the table is not a tenant table (national rows).
 */
export class IndicatorCatalogueService {
  private static filtered(manager: EntityManager, filter: IndicatorFilter = {}) {
    const qb = manager.createQueryBuilder(CatalogueIndicatorEntity, 'i');
    if (filter.ids) qb.andWhere('i.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.codes) qb.andWhere('i.code = any(:codes)', { codes: filter.codes });
    if (filter.q) qb.andWhere('i.search like :pattern', { pattern: searchPattern(filter.q) });
    if (filter.measurement) qb.andWhere('i.measurement = :measurement', { measurement: filter.measurement });
    if (filter.unit) qb.andWhere('i.unit = :unit', { unit: filter.unit });
    if (filter.unitId) qb.andWhere('i.unit_id = :unitId', { unitId: parseId('filter.unitId', filter.unitId) });
    if (filter.national != null) qb.andWhere(filter.national ? 'i.unit_id is null' : 'i.unit_id is not null');
    if (filter.builtin != null) qb.andWhere('i.builtin = :builtin', { builtin: filter.builtin });
    return qb;
  }

  static async list(ctx: Context, args: IndicatorListArgs): Promise<Indicator[]> {
    const qb = IndicatorCatalogueService.filtered(await ctx.db(), args.filter);
    return (await pageRows(ctx, 'Indicator', args.filter, applyListArgs(qb, args, SORTABLE, 'code', args.filter?.ids?.length), FIELDS)).map(toIndicator);
  }

  static async count(ctx: Context, filter?: IndicatorFilter): Promise<number> {
    return pageCount(ctx, 'Indicator', filter, IndicatorCatalogueService.filtered(await ctx.db(), filter));
  }

  static async byId(ctx: Context, id: string): Promise<Indicator | null> {
    const row = await (await ctx.db()).findOne(CatalogueIndicatorEntity, { where: { id: parseId('id', id) } });
    return row ? toIndicator(row) : null;
  }

  /** Per request: catalogue rows by code, one statement per batch (null for a code the caller cannot read). */
  static loader(ctx: Context) {
    return rowLoader(ctx, 'indicators.catalogueByCode',
      async (codes: string[]) => plainRows(ctx, (await ctx.db()).createQueryBuilder(CatalogueIndicatorEntity, 'i').where('i.code = any(:codes)', { codes }), FIELDS),
      (row) => row.code, toIndicator);
  }

  /** The whole catalogue the caller reads (bounded: the `indicators` query of the target pickers). */
  static async all(ctx: Context): Promise<Indicator[]> {
    return IndicatorCatalogueService.list(ctx, { perPage: 100, sortField: 'code' });
  }

  static async create(ctx: Context, args: CreateIndicatorArgs): Promise<Indicator> {
    const manager = await ctx.db();
    const code = args.code.trim();
    if (!INDICATOR_CODE.test(code)) {
      throw badInput('code', 'An indicator code is 2 to 60 capital letters, digits and underscores, starting with a letter', 'INDICATOR_CODE_FORMAT');
    }
    const owner = await IndicatorCatalogueService.owner(ctx, args.unitId ?? null);
    const definition = IndicatorCatalogueService.definition({ unit: args.unit, measurement: args.measurement, measure: args.measure ?? null });
    const values = {
      code, name: cleanText('name', args.name), nameEn: cleanText('nameEn', args.nameEn),
      description: IndicatorCatalogueService.description(args.description), ...definition, unitId: owner,
    };
    const inserted = await manager.insert(CatalogueIndicatorEntity, values);
    const row = await IndicatorCatalogueService.readable(manager, (inserted.identifiers[0] as { id: number }).id);
    await audit(ctx, manager, { entity: 'Indicator', entityId: row.id, action: 'CREATE', unitId: row.unitId, after: snapshot(row) });
    return toIndicator(row);
  }

  static async update(ctx: Context, args: UpdateIndicatorArgs): Promise<Indicator> {
    const manager = await ctx.db();
    const before = await IndicatorCatalogueService.writable(ctx, manager, parseId('id', args.id));
    if (before.version !== args.version) throw conflict('Indicator', before.id);
    const changes: Partial<CatalogueIndicatorEntity> = {};
    if (args.name != null) changes.name = cleanText('name', args.name);
    if (args.nameEn != null) changes.nameEn = cleanText('nameEn', args.nameEn);
    if (args.description !== undefined) changes.description = IndicatorCatalogueService.description(args.description);
    const measurement = args.measurement ?? (before.measurement as IndicatorMeasurement);
    const definition = IndicatorCatalogueService.definition({
      unit: args.unit ?? (before.unit as TargetUnit),
      measurement,
      measure: args.measure !== undefined ? args.measure : measurement === before.measurement ? (before.measure as IndicatorMeasure | null) : null,
    });
    if (definition.unit !== before.unit || definition.measurement !== before.measurement || definition.measure !== before.measure) {
      await IndicatorCatalogueService.assertUnused(manager, before, args.unit != null && args.unit !== before.unit ? 'unit' : 'measurement');
      Object.assign(changes, definition);
    }
    const result = await manager.createQueryBuilder().update(CatalogueIndicatorEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id and version = :version', { id: before.id, version: args.version }).execute();
    if (!result.affected) throw conflict('Indicator', before.id);
    const after = await IndicatorCatalogueService.readable(manager, before.id);
    await audit(ctx, manager, { entity: 'Indicator', entityId: after.id, action: 'UPDATE', unitId: after.unitId, before: snapshot(before), after: snapshot(after) });
    return toIndicator(after);
  }

  static async remove(ctx: Context, id: string, version: number): Promise<Indicator> {
    const manager = await ctx.db();
    const before = await IndicatorCatalogueService.writable(ctx, manager, parseId('id', id));
    if (before.version !== version) throw conflict('Indicator', before.id);
    await IndicatorCatalogueService.assertUnused(manager, before, 'id');
    const result = await manager.createQueryBuilder().delete().from(CatalogueIndicatorEntity)
      .where('id = :id and version = :version', { id: before.id, version }).execute();
    if (!result.affected) throw conflict('Indicator', before.id);
    await audit(ctx, manager, { entity: 'Indicator', entityId: before.id, action: 'DELETE', unitId: before.unitId, before: snapshot(before) });
    return toIndicator(before);
  }

  private static async readable(manager: EntityManager, id: number): Promise<CatalogueIndicatorEntity> {
    const row = await manager.findOne(CatalogueIndicatorEntity, { where: { id } });
    if (!row) throw notFound('Indicator', id);
    return row;
  }

  /** A row the caller may change: readable, not built in, owned inside the admin scope. */
  private static async writable(ctx: Context, manager: EntityManager, id: number): Promise<CatalogueIndicatorEntity> {
    const row = await IndicatorCatalogueService.readable(manager, id);
    if (row.builtin) throw forbidden('The built-in indicators are read-only', 'INDICATOR_BUILTIN_READ_ONLY');
    if (!covers(ctx.scope.admin, row.ownerPath)) throw forbidden(undefined, 'OUTSIDE_ADMIN_SCOPE');
    return row;
  }

  /**
   * The owner of a new indicator: the province named (in the caller's admin scope), else the
   * caller's only administered province; the system admin without a unit adds a national one.
   */
  private static async owner(ctx: Context, unitId: string | null): Promise<number | null> {
    if (unitId == null) {
      if (ctx.scope.admin.includes('')) return null;
      const provinces = ctx.scope.admin.filter((path) => path.split('.').length === 2);
      if (provinces.length !== 1 || ctx.scope.admin.length !== 1) {
        if (ctx.scope.admin.length === 0) throw forbidden('Only province and system administrators add indicators', 'ADMIN_ONLY');
        throw badInput('unitId', 'Name the province the indicator belongs to', 'INDICATOR_PROVINCE_REQUIRED');
      }
      const [found]: { id: number }[] = await (await ctx.db()).query('select id from admin_unit where path = $1::ltree', [provinces[0]]);
      if (!found) throw badInput('unitId', 'Name the province the indicator belongs to', 'INDICATOR_PROVINCE_REQUIRED');
      return found.id;
    }
    const unit = await UnitService.entity(await ctx.db(), parseId('unitId', unitId));
    if (!unit || !covers(ctx.scope.read, unit.path)) throw notFound('AdministrativeUnit', unitId);
    if (unit.level !== 'PROVINCE') throw badInput('unitId', 'An indicator belongs to a province, or to the whole country', 'UNIT_LEVEL_NOT_ALLOWED', { levels: ['PROVINCE'] });
    if (!covers(ctx.scope.admin, unit.path)) throw forbidden('Only the province\'s administrators add its indicators', 'OUTSIDE_ADMIN_SCOPE');
    return unit.id;
  }

  /** A COMPUTED indicator names a built-in measure and has its unit; a REPORTED one names none. */
  private static definition(d: Definition): Definition {
    if (d.measurement === IndicatorMeasurement.COMPUTED) {
      if (!d.measure) throw badInput('measure', 'A COMPUTED indicator names the built-in measure that computes it', 'INDICATOR_MEASURE_REQUIRED');
      if (MEASURE_UNIT[d.measure] !== d.unit) {
        throw badInput('unit', `${d.measure} is measured in ${MEASURE_UNIT[d.measure]}`, 'INDICATOR_UNIT_MISMATCH', { measure: d.measure, unit: MEASURE_UNIT[d.measure] });
      }
      return d;
    }
    if (d.measure) throw badInput('measure', 'A REPORTED indicator is entered in the reports: it names no built-in measure', 'INDICATOR_MEASURE_MISMATCH');
    return { ...d, measure: null };
  }

  private static description(value: string | null | undefined): string {
    const text = (value ?? '').normalize('NFC').trim();
    if (text.length > 2000) throw badInput('description', 'description must be at most 2000 characters long', 'TEXT_LENGTH', { min: 0, max: 2000 });
    return text;
  }

  /** Targets (anywhere: the foreign key sees them all) or report values use it: its meaning is fixed. */
  private static async assertUnused(manager: EntityManager, row: CatalogueIndicatorEntity, field: string): Promise<void> {
    const [used]: { targets: number; values: number }[] = await manager.query(
      `select (select count(*)::int from target where indicator = $1) as targets,
              (select count(*)::int from report_indicator_value where indicator = $1) as "values"`, [row.code]);
    if (used.targets > 0 || used.values > 0) {
      throw badInput(field, `${used.targets} target(s) and ${used.values} report value(s) use ${row.code}`, 'INDICATOR_IN_USE', { targets: used.targets, values: used.values });
    }
  }
}
