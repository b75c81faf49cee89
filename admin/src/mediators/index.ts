import PersonIcon from '@mui/icons-material/Person';
import { lazyView } from '../common/lazyView';
import type { Mediator } from '../teams/groundTypes';

/** Hòa giải viên: elected by more than half of the households, trained by attending courses. */
export default {
  list: lazyView(() => import('./MediatorList'), 'MediatorList'),
  show: lazyView(() => import('./MediatorShow'), 'MediatorShow'),
  edit: lazyView(() => import('./MediatorEdit'), 'MediatorEdit'),
  create: lazyView(() => import('./MediatorCreate'), 'MediatorCreate'),
  icon: PersonIcon,
  recordRepresentation: (record: Mediator) => record.fullName,
};
