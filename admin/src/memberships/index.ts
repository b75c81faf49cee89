import BadgeIcon from '@mui/icons-material/Badge';
import { lazyView } from '../common/lazyView';
import { i18nProvider } from '../i18n/i18nProvider';
import type { Membership } from '../types';

/** A role a user holds in a unit (and its subtree). */
export default {
  list: lazyView(() => import('./MembershipList'), 'MembershipList'),
  create: lazyView(() => import('./MembershipCreate'), 'MembershipCreate'),
  show: lazyView(() => import('./MembershipShow'), 'MembershipShow'),
  icon: BadgeIcon,
  // A title in the reader's language: the role's name, not its code; an account the reader may not read said so, not its id.
  recordRepresentation: (record: Membership) =>
    `${record.user?.fullName ?? i18nProvider.translate('resources.Membership.userNotShown')} – ${i18nProvider.translate(`hoagiai.role.${record.role}`)}`,
};
