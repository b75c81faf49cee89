import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { Plan } from '../plans/plan.type';
import { PlanDraft } from './plan-draft.type';
import { PlanTextReading } from './plan-reading.type';
import { PlanImportService } from './plan-import.service';

@Resolver()
export class PlanImportResolver {
  @Authorized('WRITER')
  @Query(() => PlanTextReading, {
    description: 'Reads the text of a plan into a draft of the unit\'s plan, saving nothing: every part with its span and rule, and what could not be placed. ' +
      'A .docx or .txt file is read by POST /documents/plan-readings?unitId=… (its body the file) into the same answer.',
  })
  readPlanText(@Arg('unitId', () => ID) unitId: string, @Arg('text') text: string, @Ctx() ctx: Context): Promise<PlanTextReading> {
    return PlanImportService.read(ctx, unitId, text);
  }

  @Authorized('WRITER')
  @Mutation(() => Plan, { description: 'Creates a DRAFT plan of the unit from a reviewed draft (readPlanText), with all its parts, in one transaction: a refused part writes nothing' })
  createPlanFromDraft(@Arg('unitId', () => ID) unitId: string, @Arg('draft', () => PlanDraft) draft: PlanDraft, @Ctx() ctx: Context): Promise<Plan> {
    return PlanImportService.save(ctx, unitId, draft);
  }
}
