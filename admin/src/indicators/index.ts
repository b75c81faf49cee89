import InsightsIcon from '@mui/icons-material/Insights';
import { IndicatorsPage } from './IndicatorsPage';

/** Not a record type: a page of indicators rolled up the tree, registered as a resource for the menu. */
export default { list: IndicatorsPage, icon: InsightsIcon };
