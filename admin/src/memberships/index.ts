import BadgeIcon from '@mui/icons-material/Badge';
import { lazyView } from '../common/lazyView';
import type { Membership } from '../types';

/** A role a user holds in a unit (and its subtree). */
export default {
  list: lazyView(() => import('./MembershipList'), 'MembershipList'),
  create: lazyView(() => import('./MembershipCreate'), 'MembershipCreate'),
  show: lazyView(() => import('./MembershipShow'), 'MembershipShow'),
  icon: BadgeIcon,
  recordRepresentation: (record: Membership) => `${record.user?.fullName ?? record.userId} – ${record.role}`,
};
