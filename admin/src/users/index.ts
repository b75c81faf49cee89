import PeopleIcon from '@mui/icons-material/People';
import { lazyView } from '../common/lazyView';
import type { User } from '../types';

export default {
  list: lazyView(() => import('./UserList'), 'UserList'),
  create: lazyView(() => import('./UserCreate'), 'UserCreate'),
  edit: lazyView(() => import('./UserEdit'), 'UserEdit'),
  show: lazyView(() => import('./UserShow'), 'UserShow'),
  icon: PeopleIcon,
  recordRepresentation: (record: User) => record.fullName || record.email,
};
