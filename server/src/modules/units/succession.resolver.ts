import { Args, ArgsType, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { audit } from '../../core/audit';
import type { Context } from '../../core/context';
import { badInput, forbidden, notFound } from '../../core/errors';
import { parseId } from '../../core/graphql/list';
import { recordCorrection } from './unit.seed';
import { UnitService } from './unit.service';
import { AdministrativeUnit, SuccessionKind } from './unit.type';

@InputType()
class SuccessorInput {
  @Field(() => ID)
  unitId: string;

  @Field(() => SuccessionKind)
  kind: SuccessionKind;
}

@ArgsType()
class CorrectSuccessionArgs {
  @Field(() => ID, { description: 'The old unit whose successors are corrected' })
  predecessorId: string;

  @Field(() => [SuccessorInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  successors: SuccessorInput[];

  @Field({ description: 'Why the compiled mapping is wrong' })
  @Length(10, 2000, { message: 'reason must say why, in 10 to 2000 characters' })
  reason: string;

  @Field({ nullable: true, description: 'e.g. "Nghị quyết 1668/NQ-UBTVQH15, khoản 83"' })
  @IsOptional()
  @Length(1, 300)
  legalBasis?: string;
}

/** The compiled 2025 mapping has known errors; the system administrator corrects a row, on record. */
@Resolver()
export class SuccessionResolver {
  @Authorized('ADMIN')
  @Mutation(() => AdministrativeUnit, { description: 'Replaces the successors of an old unit; the replaced links are kept in the correction record' })
  async correctUnitSuccession(@Args() args: CorrectSuccessionArgs, @Ctx() ctx: Context): Promise<AdministrativeUnit> {
    if (!ctx.scope.admin.includes('')) throw forbidden('Only the system administrator corrects the administrative succession', 'SYSTEM_ADMIN_ONLY');
    const manager = await ctx.db();
    const predecessorId = parseId('predecessorId', args.predecessorId);
    const predecessor = await UnitService.entity(manager, predecessorId);
    if (!predecessor) throw notFound('AdministrativeUnit', args.predecessorId);
    const successors = [];
    for (const successor of args.successors) {
      const unit = await UnitService.entity(manager, parseId('successors.unitId', successor.unitId));
      if (!unit) throw notFound('AdministrativeUnit', successor.unitId);
      if (unit.validFrom <= predecessor.validFrom || unit.level === 'DISTRICT') {
        throw badInput('successors', `${unit.name} (${unit.code}) cannot succeed ${predecessor.name}: a successor is a later unit`, 'SUCCESSOR_NOT_LATER', {
          unit: `${unit.name} (${unit.code})`, predecessor: predecessor.name,
        });
      }
      successors.push({ unitId: unit.id, kind: successor.kind });
    }
    if (successors.length > 1 && successors.some((s) => s.kind === SuccessionKind.FULL)) {
      throw badInput('successors', 'A unit that went wholly (FULL) into one successor has no other successor', 'FULL_SUCCESSION_SINGLE');
    }
    const correctedBy = `user ${ctx.caller!.userId}`;
    const correctionId = await recordCorrection(manager, { predecessorId, successors, reason: args.reason, legalBasis: args.legalBasis, correctedBy });
    await audit(ctx, manager, { entity: 'UnitSuccession', entityId: predecessorId, action: 'CORRECT', unitId: null, after: { correctionId, successors } });
    return (await UnitService.byId(ctx, predecessorId))!;
  }
}
