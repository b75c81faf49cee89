import FactCheckIcon from '@mui/icons-material/FactCheck';
import { lazyView } from '../common/lazyView';
import type { TeamReview } from '../teams/groundTypes';

/** Kiện toàn tổ hòa giải: each year, whether a team was reviewed and brought to the legal size and composition. */
export default {
  list: lazyView(() => import('./TeamReviewList'), 'TeamReviewList'),
  create: lazyView(() => import('./TeamReviewCreate'), 'TeamReviewCreate'),
  edit: lazyView(() => import('./TeamReviewEdit'), 'TeamReviewEdit'),
  show: lazyView(() => import('./TeamReviewShow'), 'TeamReviewShow'),
  icon: FactCheckIcon,
  recordRepresentation: (record: TeamReview) => `${record.team?.name ?? ''} · ${record.year}`,
};
