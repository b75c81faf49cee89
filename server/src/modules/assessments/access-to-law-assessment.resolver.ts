import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { unitById, type UnitAnswer } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import {
  AccessToLawAssessmentListArgs, AccessToLawAssessmentMetaArgs, CreateAccessToLawAssessmentArgs, UpdateAccessToLawAssessmentArgs,
} from './access-to-law-assessment.args';
import { AccessToLawAssessmentService } from './access-to-law-assessment.service';
import { AccessToLawAssessment } from './access-to-law-assessment.type';

@Resolver(() => AccessToLawAssessment)
export class AccessToLawAssessmentResolver {
  @Authorized()
  @Query(() => AccessToLawAssessment, { nullable: true })
  AccessToLawAssessment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AccessToLawAssessment | null> {
    return AccessToLawAssessmentService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [AccessToLawAssessment])
  allAccessToLawAssessments(@Args() args: AccessToLawAssessmentListArgs, @Ctx() ctx: Context): Promise<AccessToLawAssessment[]> {
    return AccessToLawAssessmentService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allAccessToLawAssessmentsMeta(@Args() args: AccessToLawAssessmentMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await AccessToLawAssessmentService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => AccessToLawAssessment)
  createAccessToLawAssessment(@Args() args: CreateAccessToLawAssessmentArgs, @Ctx() ctx: Context): Promise<AccessToLawAssessment> {
    return AccessToLawAssessmentService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => AccessToLawAssessment)
  updateAccessToLawAssessment(@Args() args: UpdateAccessToLawAssessmentArgs, @Ctx() ctx: Context): Promise<AccessToLawAssessment> {
    return AccessToLawAssessmentService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => AccessToLawAssessment)
  deleteAccessToLawAssessment(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<AccessToLawAssessment> {
    return AccessToLawAssessmentService.remove(ctx, id, version);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  unit(@Root() assessment: AccessToLawAssessment, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, assessment.unitId);
  }
}
