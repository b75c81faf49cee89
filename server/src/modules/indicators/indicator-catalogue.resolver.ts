import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { unitById, type UnitAnswer } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import { Target } from '../plans/target.type';
import { CreateIndicatorArgs, IndicatorListArgs, IndicatorMetaArgs, UpdateIndicatorArgs } from './indicator-catalogue.args';
import { IndicatorCatalogueService } from './indicator-catalogue.service';
import { Indicator } from './indicator-catalogue.type';

/** The indicator catalogue in react-admin's grammar; province and system admins write it. */
@Resolver(() => Indicator)
export class IndicatorCatalogueResolver {
  @Authorized()
  @Query(() => Indicator, { nullable: true })
  Indicator(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Indicator | null> {
    return IndicatorCatalogueService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [Indicator])
  allIndicators(@Args() args: IndicatorListArgs, @Ctx() ctx: Context): Promise<Indicator[]> {
    return IndicatorCatalogueService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allIndicatorsMeta(@Args() args: IndicatorMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await IndicatorCatalogueService.count(ctx, args.filter) };
  }

  @Authorized()
  @Query(() => [Indicator], { description: 'The catalogue targets choose from, by code (the first 100; allIndicators pages and filters)' })
  indicators(@Ctx() ctx: Context): Promise<Indicator[]> {
    return IndicatorCatalogueService.all(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => Indicator, { description: 'Adds an indicator: a province admin for its province, the system admin nationally' })
  createIndicator(@Args() args: CreateIndicatorArgs, @Ctx() ctx: Context): Promise<Indicator> {
    return IndicatorCatalogueService.create(ctx, args);
  }

  @Authorized('ADMIN')
  @Mutation(() => Indicator, { description: 'Names and description always; unit and measurement only while nothing uses it. The built-in ones are read-only' })
  updateIndicator(@Args() args: UpdateIndicatorArgs, @Ctx() ctx: Context): Promise<Indicator> {
    return IndicatorCatalogueService.update(ctx, args);
  }

  @Authorized('ADMIN')
  @Mutation(() => Indicator, { description: 'Refused while a target or a report value uses it' })
  deleteIndicator(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<Indicator> {
    return IndicatorCatalogueService.remove(ctx, id, version);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The owning province; null for a national indicator' })
  ownerUnit(@Root() indicator: Indicator, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, indicator.unitId);
  }
}

/** The catalogue row a target names, for its names and unit in the reader's language. */
@Resolver(() => Target)
export class TargetIndicatorResolver {
  @FieldResolver(() => Indicator, { nullable: true, description: 'The indicator of the catalogue this target measures (names, unit, how it is measured)' })
  indicatorDetails(@Root() target: Target, @Ctx() ctx: Context): Promise<Indicator | null> {
    return IndicatorCatalogueService.loader(ctx).load(target.indicator);
  }
}
