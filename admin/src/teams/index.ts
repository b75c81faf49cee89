import GroupsIcon from '@mui/icons-material/Groups';
import { lazyView } from '../common/lazyView';
import type { MediationTeam } from './groundTypes';

export { groundEn } from './messages.en';
export { groundVi } from './messages.vi';

/** Tổ hòa giải: one per hamlet, with its mediators and its compliance with Law 35/2013. */
export default {
  list: lazyView(() => import('./MediationTeamList'), 'MediationTeamList'),
  show: lazyView(() => import('./MediationTeamShow'), 'MediationTeamShow'),
  edit: lazyView(() => import('./MediationTeamEdit'), 'MediationTeamEdit'),
  create: lazyView(() => import('./MediationTeamCreate'), 'MediationTeamCreate'),
  icon: GroupsIcon,
  recordRepresentation: (record: MediationTeam) => record.name,
};
