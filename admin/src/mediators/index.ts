import PersonIcon from '@mui/icons-material/Person';
import type { Mediator } from '../teams/groundTypes';
import { MediatorCreate } from './MediatorCreate';
import { MediatorEdit } from './MediatorEdit';
import { MediatorList } from './MediatorList';
import { MediatorShow } from './MediatorShow';

/** Hòa giải viên: elected by more than half of the households, trained by attending courses. */
export default {
  list: MediatorList,
  show: MediatorShow,
  edit: MediatorEdit,
  create: MediatorCreate,
  icon: PersonIcon,
  recordRepresentation: (record: Mediator) => record.fullName,
};
