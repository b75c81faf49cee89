import GroupsIcon from '@mui/icons-material/Groups';
import { MediationTeamCreate } from './MediationTeamCreate';
import { MediationTeamEdit } from './MediationTeamEdit';
import { MediationTeamList } from './MediationTeamList';
import { MediationTeamShow } from './MediationTeamShow';
import type { MediationTeam } from './groundTypes';

export { groundEn } from './messages.en';
export { groundVi } from './messages.vi';

/** Tổ hòa giải: one per hamlet, with its mediators and its compliance with Law 35/2013. */
export default {
  list: MediationTeamList,
  show: MediationTeamShow,
  edit: MediationTeamEdit,
  create: MediationTeamCreate,
  icon: GroupsIcon,
  recordRepresentation: (record: MediationTeam) => record.name,
};
