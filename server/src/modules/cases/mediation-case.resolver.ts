import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { unitById, type UnitAnswer } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import { toMediationTeam } from '../workforce/mediation-team.service';
import { MediationTeam } from '../workforce/mediation-team.type';
import { toMediator } from '../workforce/mediator.service';
import { Mediator } from '../workforce/mediator.type';
import { workforceLoaders } from '../workforce/workforce.loader';
import { caseLoaders } from './case.loader';
import { CreateMediationCaseArgs, MediationCaseListArgs, MediationCaseMetaArgs, UpdateMediationCaseArgs } from './mediation-case.args';
import { MediationCaseService } from './mediation-case.service';
import { MediationCase } from './mediation-case.type';

@Resolver(() => MediationCase)
export class MediationCaseResolver {
  @Authorized()
  @Query(() => MediationCase, { nullable: true })
  MediationCase(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<MediationCase | null> {
    return MediationCaseService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [MediationCase])
  allMediationCases(@Args() args: MediationCaseListArgs, @Ctx() ctx: Context): Promise<MediationCase[]> {
    return MediationCaseService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allMediationCasesMeta(@Args() args: MediationCaseMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await MediationCaseService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => MediationCase)
  createMediationCase(@Args() args: CreateMediationCaseArgs, @Ctx() ctx: Context): Promise<MediationCase> {
    return MediationCaseService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => MediationCase)
  updateMediationCase(@Args() args: UpdateMediationCaseArgs, @Ctx() ctx: Context): Promise<MediationCase> {
    return MediationCaseService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => MediationCase)
  deleteMediationCase(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<MediationCase> {
    return MediationCaseService.remove(ctx, id, version);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  unit(@Root() kase: MediationCase, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, kase.unitId);
  }

  @FieldResolver(() => MediationTeam, { nullable: true })
  async team(@Root() kase: MediationCase, @Ctx() ctx: Context): Promise<MediationTeam | null> {
    const row = await workforceLoaders(ctx).teamById.load(Number(kase.teamId));
    return row ? toMediationTeam(row) : null;
  }

  @FieldResolver(() => [ID])
  async mediatorIds(@Root() kase: MediationCase, @Ctx() ctx: Context): Promise<number[]> {
    return (await caseLoaders(ctx).mediatorIdsByCase.load(Number(kase.id))).map((link) => link.mediatorId);
  }

  @FieldResolver(() => [Mediator])
  async mediators(@Root() kase: MediationCase, @Ctx() ctx: Context): Promise<Mediator[]> {
    const ids = await this.mediatorIds(kase, ctx);
    const rows = await Promise.all(ids.map((id) => workforceLoaders(ctx).mediatorById.load(id)));
    return rows.filter((row) => row !== null).map(toMediator);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'PERSONAL DATA: the parties\' names and addresses. Null unless the caller is the commune\'s own staff (enforced by the database)',
  })
  async parties(@Root() kase: MediationCase, @Ctx() ctx: Context): Promise<string | null> {
    return (await caseLoaders(ctx).partiesByCase.load(Number(kase.id)))?.parties ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'PERSONAL DATA: what the dispute is about, in a sentence or two. Null unless the caller is the commune\'s own staff (enforced by the database)',
  })
  async summary(@Root() kase: MediationCase, @Ctx() ctx: Context): Promise<string | null> {
    return (await caseLoaders(ctx).summaryByCase.load(Number(kase.id)))?.summary ?? null;
  }
}
