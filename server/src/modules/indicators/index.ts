import { CatalogueIndicatorEntity } from './indicator-catalogue.entity';
import { IndicatorCatalogueResolver, TargetIndicatorResolver } from './indicator-catalogue.resolver';
import { IndicatorSeriesResolver } from './indicator-series.resolver';
import { TargetActualResolver, TargetEvaluationCoverageResolver } from './target-actual.resolver';
import { UnitIndicatorsResolver } from './unit-indicators.resolver';

/**
 * Indicators against targets (issue 4, item 6): nested fields of AdministrativeUnit and Target;
 * and the open catalogue of indicators (issue 7, section 2).
 */
export const indicatorsModule = {
  resolvers: [UnitIndicatorsResolver, IndicatorSeriesResolver, TargetActualResolver, TargetEvaluationCoverageResolver, IndicatorCatalogueResolver, TargetIndicatorResolver],
  entities: [CatalogueIndicatorEntity],
};
