import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { unitById, type UnitAnswer } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import { CommuneProfileListArgs, CommuneProfileMetaArgs, CreateCommuneProfileArgs, UpdateCommuneProfileArgs } from './commune-profile.args';
import { CommuneProfileService } from './commune-profile.service';
import { CommuneProfile } from './commune-profile.type';

@Resolver(() => CommuneProfile)
export class CommuneProfileResolver {
  @Authorized()
  @Query(() => CommuneProfile, { nullable: true })
  CommuneProfile(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CommuneProfile | null> {
    return CommuneProfileService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [CommuneProfile])
  allCommuneProfiles(@Args() args: CommuneProfileListArgs, @Ctx() ctx: Context): Promise<CommuneProfile[]> {
    return CommuneProfileService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allCommuneProfilesMeta(@Args() args: CommuneProfileMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await CommuneProfileService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => CommuneProfile)
  createCommuneProfile(@Args() args: CreateCommuneProfileArgs, @Ctx() ctx: Context): Promise<CommuneProfile> {
    return CommuneProfileService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => CommuneProfile)
  updateCommuneProfile(@Args() args: UpdateCommuneProfileArgs, @Ctx() ctx: Context): Promise<CommuneProfile> {
    return CommuneProfileService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => CommuneProfile)
  deleteCommuneProfile(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<CommuneProfile> {
    return CommuneProfileService.remove(ctx, id, version);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  unit(@Root() profile: CommuneProfile, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, profile.unitId);
  }
}
