import HomeWorkIcon from '@mui/icons-material/HomeWork';
import type { Hamlet } from '../types';
import { HamletCreate } from './HamletCreate';
import { HamletEdit } from './HamletEdit';
import { HamletList } from './HamletList';
import { HamletShow } from './HamletShow';

/** Thôn, ấp, khóm, tổ dân phố...: the places inside a commune where mediation teams work. */
export default {
  list: HamletList,
  create: HamletCreate,
  edit: HamletEdit,
  show: HamletShow,
  icon: HomeWorkIcon,
  recordRepresentation: (record: Hamlet) => record.name,
};
