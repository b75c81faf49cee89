import BadgeIcon from '@mui/icons-material/Badge';
import type { Membership } from '../types';
import { MembershipCreate } from './MembershipCreate';
import { MembershipList } from './MembershipList';
import { MembershipShow } from './MembershipShow';

/** A role a user holds in a unit (and its subtree). */
export default {
  list: MembershipList,
  create: MembershipCreate,
  show: MembershipShow,
  icon: BadgeIcon,
  recordRepresentation: (record: Membership) => `${record.user?.fullName ?? record.userId} – ${record.role}`,
};
