import InsightsIcon from '@mui/icons-material/Insights';
import ChecklistIcon from '@mui/icons-material/Checklist';
import { lazyView } from '../common/lazyView';

/** Not a record type: a page of indicators rolled up the tree, registered as a resource for the menu. */
export default { list: lazyView(() => import('./IndicatorsPage'), 'IndicatorsPage'), icon: InsightsIcon };

/** The indicator catalogue (resource Indicator): built-in, national and a province's own indicators. */
export const indicatorCatalogue = {
  list: lazyView(() => import('./IndicatorList'), 'IndicatorList'),
  create: lazyView(() => import('./IndicatorCreate'), 'IndicatorCreate'),
  edit: lazyView(() => import('./IndicatorEdit'), 'IndicatorEdit'),
  icon: ChecklistIcon,
  recordRepresentation: (record: { code: string }) => record.code,
};

export { IndicatorInput } from './IndicatorInput';
