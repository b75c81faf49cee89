import { TargetActualResolver } from './target-actual.resolver';
import { UnitIndicatorsResolver } from './unit-indicators.resolver';

/** Indicators against targets (issue 4, item 6): nested fields of AdministrativeUnit and Target. */
export const indicatorsModule = {
  resolvers: [UnitIndicatorsResolver, TargetActualResolver],
  entities: [],
};
