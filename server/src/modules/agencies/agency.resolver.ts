import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { unitById, type UnitAnswer } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import { CreateAgencyArgs, AgencyListArgs, AgencyMetaArgs, UpdateAgencyArgs } from './agency.args';
import { AgencyService } from './agency.service';
import { Agency } from './agency.type';

@Resolver(() => Agency)
export class AgencyResolver {
  @Authorized()
  @Query(() => Agency, { nullable: true })
  Agency(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Agency | null> {
    return AgencyService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [Agency])
  allAgencies(@Args() args: AgencyListArgs, @Ctx() ctx: Context): Promise<Agency[]> {
    return AgencyService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allAgenciesMeta(@Args() args: AgencyMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await AgencyService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => Agency)
  createAgency(@Args() args: CreateAgencyArgs, @Ctx() ctx: Context): Promise<Agency> {
    return AgencyService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Agency)
  updateAgency(@Args() args: UpdateAgencyArgs, @Ctx() ctx: Context): Promise<Agency> {
    return AgencyService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Agency)
  deleteAgency(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<Agency> {
    return AgencyService.remove(ctx, id, version);
  }

  @FieldResolver(() => AdministrativeUnit)
  unit(@Root() agency: Agency, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, agency.unitId);
  }
}
