import { Args, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { unitById, type UnitAnswer } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import { ReportObligation, ReportObligationListArgs, ReportObligationMetaArgs } from './report-obligation.type';
import { ReportObligationService } from './report-obligation.service';

@Resolver(() => ReportObligation)
export class ReportObligationResolver {
  @Authorized()
  @Query(() => [ReportObligation], { description: 'Every report the units in the caller\'s scope owe for a year (due, late, missing, submitted), generated or not' })
  allReportObligations(@Args() args: ReportObligationListArgs, @Ctx() ctx: Context): Promise<ReportObligation[]> {
    return ReportObligationService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allReportObligationsMeta(@Args() args: ReportObligationMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await ReportObligationService.count(ctx, args.filter) };
  }

  @Authorized()
  @Query(() => Int, { nullable: true, description: 'The latest year, up to this one, in which a plan the caller reads asks for yearly reports: the year the reports list opens on' })
  reportingYear(@Ctx() ctx: Context): Promise<number | null> {
    return ReportObligationService.reportingYear(ctx);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  unit(@Root() obligation: ReportObligation, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, obligation.unitId);
  }
}
