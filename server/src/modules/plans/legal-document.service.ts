import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { assertWritable, createAudited, deleteAudited, findReadable, updateAudited } from '../../core/crud';
import { badInput, notFound } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import { UnitService } from '../units/unit.service';
import type { CreateLegalDocumentArgs, LegalDocumentFilter, LegalDocumentListArgs, UpdateLegalDocumentArgs } from './legal-document.args';
import { LegalDocumentEntity } from './legal-document.entity';
import type { LegalDocument } from './legal-document.type';
import { toLegalDocument } from './plan.mappers';
import { PlanEntity } from './plan.entity';
import { LegalDocumentKind } from './plan.enums';
import { optionalText, planErrors, requiredText, yearIn } from './plan.errors';

export const LEGAL_DOCUMENT = {
  name: 'LegalDocument',
  entity: LegalDocumentEntity,
  snapshot: (d: LegalDocumentEntity) => ({
    kind: d.kind, numberSymbol: d.numberSymbol, issuingBody: d.issuingBody, issuingUnitId: d.unitId, issuedOn: d.issuedOn,
    issuedYear: d.issuedYear, title: d.title, implementsId: d.implementsId, amendsId: d.amendsId, issuedWithId: d.issuedWithId,
    contentKnown: d.contentKnown,
  }),
};

const SORTABLE = {
  numberSymbol: 'd.number_symbol', title: 'd.title', issuedOn: 'd.issued_on', issuedYear: 'd.issued_year', kind: 'd.kind',
  createdAt: 'd.created_at', updatedAt: 'd.updated_at', id: 'd.id',
};

/** Longest chain of implementation walked when checking for a loop. */
const MAX_CHAIN = 20;

/**
 * The register of documents. Documents that are plans are kept in step with their plan by the
 * database and edited through the plan; the others (directives, decisions, schemes, and plans
 * known only by reference) are edited here. National documents are written by the system
 * administrator only (row-level security on the empty path).
 */
export class LegalDocumentService {
  private static filtered(manager: EntityManager, filter: LegalDocumentFilter = {}) {
    const qb = manager.createQueryBuilder(LegalDocumentEntity, 'd');
    if (filter.ids) qb.andWhere('d.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere('d.search like :pattern', { pattern: searchPattern(filter.q) });
    if (filter.kind) qb.andWhere('d.kind = :kind', { kind: filter.kind });
    if (filter.issuingUnitId) qb.andWhere('d.unit_id = :unitId', { unitId: parseId('filter.issuingUnitId', filter.issuingUnitId) });
    if (filter.implementsId) qb.andWhere('d.implements_id = :implementsId', { implementsId: parseId('filter.implementsId', filter.implementsId) });
    return qb;
  }

  static async list(ctx: Context, args: LegalDocumentListArgs): Promise<LegalDocument[]> {
    const qb = LegalDocumentService.filtered(await ctx.db(), args.filter);
    return (await applyListArgs(qb, args, SORTABLE, 'issuedOn', args.filter?.ids?.length).getMany()).map(toLegalDocument);
  }

  static async count(ctx: Context, filter?: LegalDocumentFilter): Promise<number> {
    return LegalDocumentService.filtered(await ctx.db(), filter).getCount();
  }

  static async byId(ctx: Context, id: string): Promise<LegalDocument | null> {
    const row = await (await ctx.db()).findOne(LegalDocumentEntity, { where: { id: parseId('id', id) } });
    return row ? toLegalDocument(row) : null;
  }

  static async create(ctx: Context, args: CreateLegalDocumentArgs): Promise<LegalDocument> {
    const manager = await ctx.db();
    let unitId: number | null = null;
    if (args.issuingUnitId != null) {
      unitId = parseId('issuingUnitId', args.issuingUnitId);
      const unit = await UnitService.entity(manager, unitId);
      if (!unit) throw notFound('AdministrativeUnit', args.issuingUnitId);
      assertWritable(ctx, unit.path);
    } else {
      assertWritable(ctx, ''); // a national document: the system administrator only
    }
    const implementsId = await LegalDocumentService.implemented(manager, args.implementsId, null);
    const row = await createAudited(ctx, LEGAL_DOCUMENT, {
      kind: args.kind,
      numberSymbol: optionalText('numberSymbol', args.numberSymbol, 60),
      issuingBody: requiredText('issuingBody', args.issuingBody, 300),
      unitId,
      issuedOn: args.issuedOn ?? null,
      issuedYear: yearIn('issuedYear', args.issuedYear),
      title: requiredText('title', args.title, 1000),
      implementsId,
      amendsId: await LegalDocumentService.related(manager, 'amendsId', args.amendsId, null, null),
      issuedWithId: await LegalDocumentService.related(manager, 'issuedWithId', args.issuedWithId, null, LegalDocumentKind.DECISION),
      contentKnown: args.contentKnown,
    });
    return toLegalDocument(row);
  }

  static async update(ctx: Context, args: UpdateLegalDocumentArgs): Promise<LegalDocument> {
    const manager = await ctx.db();
    const id = parseId('id', args.id);
    await LegalDocumentService.assertNotAPlan(manager, id);
    const changes: Partial<LegalDocumentEntity> = {};
    if (args.numberSymbol !== undefined) changes.numberSymbol = optionalText('numberSymbol', args.numberSymbol, 60);
    if (args.issuingBody != null) changes.issuingBody = requiredText('issuingBody', args.issuingBody, 300);
    if (args.issuedOn !== undefined) changes.issuedOn = args.issuedOn;
    if (args.issuedYear !== undefined) changes.issuedYear = yearIn('issuedYear', args.issuedYear);
    if (args.title != null) changes.title = requiredText('title', args.title, 1000);
    if (args.contentKnown != null) changes.contentKnown = args.contentKnown;
    if (args.implementsId !== undefined) changes.implementsId = await LegalDocumentService.implemented(manager, args.implementsId, id);
    if (args.amendsId !== undefined) changes.amendsId = await LegalDocumentService.related(manager, 'amendsId', args.amendsId, id, null);
    if (args.issuedWithId !== undefined) changes.issuedWithId = await LegalDocumentService.related(manager, 'issuedWithId', args.issuedWithId, id, LegalDocumentKind.DECISION);
    return toLegalDocument(await updateAudited(ctx, LEGAL_DOCUMENT, id, args.version, changes));
  }

  static async remove(ctx: Context, id: string, version: number): Promise<LegalDocument> {
    const manager = await ctx.db();
    const documentId = parseId('id', id);
    await LegalDocumentService.assertNotAPlan(manager, documentId);
    return toLegalDocument(await deleteAudited(ctx, LEGAL_DOCUMENT, documentId, version));
  }

  /** A plan's own document follows its plan: edit the plan instead. */
  private static async assertNotAPlan(manager: EntityManager, documentId: number): Promise<void> {
    await findReadable(manager, LEGAL_DOCUMENT, documentId);
    const plan = await manager.findOne(PlanEntity, { where: { documentId }, select: { id: true } });
    if (plan) throw badInput('id', `This document is plan ${plan.id}'s own: change it through the plan`, 'DOCUMENT_OF_PLAN', { planId: String(plan.id) });
  }

  /** A document this one amends, or the decision it was issued with: readable, not itself, of the kind asked. */
  private static async related(manager: EntityManager, field: string, rawId: string | null | undefined, selfId: number | null, kind: LegalDocumentKind | null): Promise<number | null> {
    if (rawId == null) return null;
    const id = parseId(field, rawId);
    if (id === selfId) throw badInput(field, 'A document cannot refer to itself', 'DOCUMENT_REFERS_TO_ITSELF');
    const document = await manager.findOne(LegalDocumentEntity, { where: { id } });
    if (!document) throw badInput(field, `Document ${rawId} was not found`, 'REFERENCE_NOT_FOUND');
    if (kind && document.kind !== kind) throw planErrors.documentKind(field, kind);
    return id;
  }

  /** The implemented document must be readable, and implementing it must not close a loop. */
  private static async implemented(manager: EntityManager, rawId: string | null | undefined, selfId: number | null): Promise<number | null> {
    if (rawId == null) return null;
    const id = parseId('implementsId', rawId);
    const chain: { id: number }[] = await manager.query(
      `with recursive chain as (
         select d.id, d.implements_id, 1 as depth from legal_document d where d.id = $1
         union all
         select d.id, d.implements_id, c.depth + 1 from chain c join legal_document d on d.id = c.implements_id where c.depth < $2)
       select id from chain`,
      [id, MAX_CHAIN],
    );
    if (!chain.length) throw badInput('implementsId', `Document ${rawId} was not found`, 'REFERENCE_NOT_FOUND');
    if (selfId != null && chain.some((link) => link.id === selfId)) throw badInput('implementsId', 'A document cannot implement itself, even through others', 'DOCUMENT_REFERS_TO_ITSELF');
    return id;
  }
}
