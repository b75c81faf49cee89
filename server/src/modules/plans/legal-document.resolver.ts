import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { unitById, type UnitAnswer } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import { CreateLegalDocumentArgs, LegalDocumentListArgs, LegalDocumentMetaArgs, UpdateLegalDocumentArgs } from './legal-document.args';
import { LegalDocumentService } from './legal-document.service';
import { LegalDocument } from './legal-document.type';
import { planLoaders } from './plan.loader';

@Resolver(() => LegalDocument)
export class LegalDocumentResolver {
  @Authorized()
  @Query(() => LegalDocument, { nullable: true })
  LegalDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<LegalDocument | null> {
    return LegalDocumentService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [LegalDocument])
  allLegalDocuments(@Args() args: LegalDocumentListArgs, @Ctx() ctx: Context): Promise<LegalDocument[]> {
    return LegalDocumentService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allLegalDocumentsMeta(@Args() args: LegalDocumentMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await LegalDocumentService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => LegalDocument, { description: 'A referenced document (directive, decision, scheme, or a plan known only by reference); plans create their own' })
  createLegalDocument(@Args() args: CreateLegalDocumentArgs, @Ctx() ctx: Context): Promise<LegalDocument> {
    return LegalDocumentService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => LegalDocument)
  updateLegalDocument(@Args() args: UpdateLegalDocumentArgs, @Ctx() ctx: Context): Promise<LegalDocument> {
    return LegalDocumentService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => LegalDocument)
  deleteLegalDocument(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<LegalDocument> {
    return LegalDocumentService.remove(ctx, id, version);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  issuingUnit(@Root() document: LegalDocument, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, document.issuingUnitId);
  }

  @FieldResolver(() => LegalDocument, { nullable: true, description: 'The document this one implements' })
  implements(@Root() document: LegalDocument, @Ctx() ctx: Context): Promise<LegalDocument | null> {
    return document.implementsId == null ? Promise.resolve(null) : planLoaders(ctx).document.load(Number(document.implementsId));
  }

  @FieldResolver(() => [LegalDocument], { description: 'What this document implements, nearest first, up to the root: 127/KH-UBND → 156/KH-UBND → 05-CT/TU' })
  implementsChain(@Root() document: LegalDocument, @Ctx() ctx: Context): Promise<LegalDocument[]> {
    return planLoaders(ctx).documentChain.load(Number(document.id));
  }
}
