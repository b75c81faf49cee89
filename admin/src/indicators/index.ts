import InsightsIcon from '@mui/icons-material/Insights';
import { lazyView } from '../common/lazyView';

/** Not a record type: a page of indicators rolled up the tree, registered as a resource for the menu. */
export default { list: lazyView(() => import('./IndicatorsPage'), 'IndicatorsPage'), icon: InsightsIcon };
