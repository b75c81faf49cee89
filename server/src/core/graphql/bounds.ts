import { defaultFieldResolver, getNullableType, isListType, isObjectType, type GraphQLSchema } from 'graphql';
import { AppError } from '../errors';

/**
 * Every list is bounded, and the cost estimate prices it at its bound.
 * - Lists with paging arguments (`allX`, `children`) hold at most `perPage` ≤ MAX_PER_PAGE rows.
 * - Lists without them are nested lists whose size the domain bounds: each has a maximum here,
 *   enforced when it is resolved (a longer list is refused, naming the paged query to use), so a
 *   price computed from these numbers is a true worst case.
 * A list missing from this table gets DEFAULT_LIST_BOUND (a test lists those, so new fields get a
 * considered number).
 */
export const DEFAULT_LIST_BOUND = 100;

export const LIST_BOUNDS: Record<string, number> = {
  'Query.indicators': 100, // the indicator catalogue
  'Report.indicatorValues': 100, // the REPORTED indicators that apply to a unit: national and its province's
  'Query.pilotTasks': 200,
  'Query.missingReports': 1_000, // the units below a province: ≤ 600 districts and communes
  // A unit's dashboard (modules/dashboard): the units directly below, each with its figures per year.
  'UnitDashboard.rows': 500, 'UnitDashboard.trend': 10, 'DashboardRow.figures': 10, 'UnitDashboard.plans': 50, 'DashboardRow.plans': 50,
  'UnitDashboard.lateReports': 1_000, 'UnitDashboard.pilotUnits': 500, 'UnitDashboard.teamsNeedingAttention': 100, 'TeamAttention.reasons': 10,
  'UnitDashboard.untrainedMediators': 200,
  'AdministrativeUnit.successors': 100,
  'AdministrativeUnit.indicatorSeries': 10, // MAX_SERIES_YEARS (indicators/indicator-series.resolver.ts)
  'IndicatorNoData.successorIds': 50, 'IndicatorNoData.successors': 50, // a district's: the successors of its communes
  'AdministrativeUnit.predecessors': 100, // a 2025 commune merges a handful of 2021 communes
  'AdministrativeUnit.names': 20,
  'User.memberships': 50,
  'Capabilities.writableLevels': 3, // province, district, commune
  'Capabilities.grantableRoles': 10, // the roles there are
  'BudgetLine.children': 50,
  'Plan.purposes': 100,
  'Plan.requirements': 100,
  'Plan.objectives': 100,
  'Plan.recipients': 100,
  'Plan.carriedOverBy': 10, // the units that succeeded the plan's unit (a province merged into one; a split commune into a few)
  'Plan.carryOverUnits': 10,
  // A plan read from its text (documents/plan-import): the draft's lists as the input bounds them, the reading's as the reader makes them.
  'PlanTextReading.parts': 1_000, 'PlanTextReading.unplaced': 500, 'PlanTextReading.warnings': 200, 'PlanTextReading.agencyChoices': 200,
  'PlanDraft.grounds': 30, 'PlanDraft.purposes': 50, 'PlanDraft.requirements': 50, 'PlanDraft.objectives': 50, 'PlanDraft.targets': 30, 'PlanDraft.tasks': 100,
  'PlanDraft.responsibilities': 50, 'PlanDraft.budgetLines': 200, 'PlanDraft.reportingRules': 20, 'PlanDraft.recipients': 50,
  'DraftTask.lead': 20, 'DraftTask.coordinating': 20, 'DraftTask.targets': 10, 'DraftTask.criteria': 10, 'DraftResponsibility.agencies': 30,
  'DraftReportingRule.reporterLevels': 3,
  'Plan.children': 500, // implementing plans: a province's districts, or its communes after 2025
  'Plan.tasks': 100, // Mỹ Tú's plan has 6 tasks, Bạc Liêu's 10 groups
  'Plan.budgetLines': 200,
  'Plan.responsibilities': 50,
  'Plan.reportingRules': 20,
  'Plan.amendments': 1_000,
  'LegalDocument.implementsChain': 20,
  'PlanTask.scheduleDates': 50,
  'PlanTask.agencies': 20,
  'PlanTask.leadAgencies': 20,
  'PlanTask.coordinatingAgencies': 20,
  'PlanTask.targets': 10,
  'PlanTask.criteria': 10,
  'Responsibility.agencies': 20,
  'ReportingRule.reporterLevels': 10,
  'MediationTeam.mediators': 100, // a team has at least 3; a hundred is far beyond any hamlet
  'MediationTeam.reviews': 100, // one a year
  'TeamCompliance.reasons': 10,
  'MediationCase.mediatorIds': 20,
  'MediationCase.mediators': 20,
  'TrainerPool.requiredAgencyKinds': 20,
  'TrainerPool.trainers': 300,
  'PoolShortfall.missingAgencyKinds': 20,
  'TrainingEvent.trainerIds': 50,
  'TrainingEvent.trainers': 50,
  'TrainingEvent.attendeeMediatorIds': 1_000,
  'TrainingEvent.attendeeMediators': 1_000,
  'TrainingEvent.attendeeTrainerIds': 300,
  'TrainingEvent.attendeeTrainers': 300,
  'IndicatorsComparison.pilotUnits': 500,
  'PilotSelection.priorities': 10,
  'PilotSelection.criteria': 20,
  'PilotSelection.candidates': 1_000, // the communes below a province
  // The 2025 communes an old commune's hamlets may go to: for an unmapped commune whose old district
  // has no successor either, every commune of the new province (at most 168, Hồ Chí Minh City).
  'UnassignedHamlet.candidateIds': 200,
  'UnassignedHamlet.candidates': 200,
  'PilotSelection.chosenUnitIds': 500,
  'PilotSelection.chosenUnits': 500,
  'PilotSelection.chosenTeamIds': 500, // a team-level pilot chooses among a district's teams
  'PilotSelection.chosenCandidates': 500, // the chosen ones of the candidates: as many as chosenUnitIds or chosenTeamIds
  'Plan.targets': 50, // the targets of the plan itself (no task)
  // Typed task criteria (issue 7): short lists of codes and ratios, written in a form.
  'PilotSelectionParameters.priorities': 10,
  'TrainerPoolParameters.levels': 3, 'TrainerPoolParameters.actions': 20, 'TrainerPoolParameters.ensure': 20,
  'TrainerPoolParameters.ratios': 10, 'TrainerPoolParameters.composition': 20,
  'TrainerTrainingParameters.levels': 3, 'TrainerTrainingParameters.topics': 20,
  'MediatorWorkforceParameters.actions': 20, 'MediatorWorkforceParameters.when': 10, 'MediatorWorkforceParameters.ensure': 20,
  'MediatorTrainingParameters.topics': 20,
  'PilotRanking.priorities': 10,
  'PilotRanking.criteria': 20,
  'PilotRanking.candidates': 1_000,
  'Report.taskProgress': 200,
  'Report.corrections': 1_000,
  'Report.events': 1_000,
  'Report.warnings': 100,
  'Report.actions': 5, // SUBMIT, APPROVE, REOPEN, CORRECT, WITHDRAW
  'ReportFigures.corrected': 50,
  'CascadeResult.created': 500,
  'CascadeResult.existing': 500,
};

/**
 * Computed fields cost what they compute, on top of the nodes they return: aggregates over a
 * unit's subtree, a live ranking of every commune, a target measured against the data below it.
 */
export const FIELD_COSTS: Record<string, number> = {
  'AdministrativeUnit.indicators': 200,
  'AdministrativeUnit.indicatorSeries': 400, // every year in the same grouped statements as indicators (plus the roll-up)
  'Query.indicatorsComparison': 500,
  'Query.pilotCandidates': 1_000,
  'Query.missingReports': 300,
  'Query.unitDashboard': 2_000, // ~12 grouped statements over the unit's subtree, whatever the number of units below
  // Obligations are computed over every unit the caller reads, then filtered and paged (like missingReports).
  'Query.allReportObligations': 300,
  'Query._allReportObligationsMeta': 300,
  'Report.actions': 5, // batched per request: the caller's scope and the units below that have not submitted
  'Target.actual': 100,
  'Target.met': 100,
  'Target.evaluation': 100,
  'Target.evaluationsBelow': 50, // paged; every unit below (and every target of the request) in one grouped batch
  'Plan.unitsWithoutImplementingPlan': 50,
  'Plan.budgetTotal': 5,
  'MediationTeam.compliance': 5,
  'TrainerPool.shortfall': 20,
};

export const isPaged = (field: { args: readonly { name: string }[] }) => field.args.some((arg) => arg.name === 'perPage');

export const listBound = (typeName: string, fieldName: string) => LIST_BOUNDS[`${typeName}.${fieldName}`] ?? DEFAULT_LIST_BOUND;

/** The unpaged list fields of the schema, as `Type.field`. */
export function unpagedListFields(schema: GraphQLSchema): string[] {
  const fields: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (isListType(getNullableType(field.type)) && !isPaged(field)) fields.push(`${type.name}.${field.name}`);
    }
  }
  return fields;
}

/** Wraps the resolver of every unpaged list so a list longer than its bound is refused, not served. */
export function enforceListBounds(schema: GraphQLSchema): GraphQLSchema {
  for (const name of unpagedListFields(schema)) {
    const [typeName, fieldName] = name.split('.');
    const field = (schema.getType(typeName) as { getFields: () => Record<string, { resolve?: typeof defaultFieldResolver }> }).getFields()[fieldName];
    const resolve = field.resolve ?? defaultFieldResolver;
    const bound = listBound(typeName, fieldName);
    const check = (value: unknown) => {
      if (Array.isArray(value) && value.length > bound) {
        throw new AppError('BAD_USER_INPUT', `${name} has more than ${bound} items; read them with the paged list query instead`, {
          field: name, reason: 'LIST_TOO_LONG', params: { max: bound },
        });
      }
      return value;
    };
    field.resolve = (source, args, context, info) => {
      const value = resolve(source, args, context, info);
      return value instanceof Promise ? value.then(check) : check(value);
    };
  }
  return schema;
}
