import HomeWorkIcon from '@mui/icons-material/HomeWork';
import { lazyView } from '../common/lazyView';
import type { Hamlet } from '../types';

/** Thôn, ấp, khóm, tổ dân phố...: the places inside a commune where mediation teams work. */
export default {
  list: lazyView(() => import('./HamletList'), 'HamletList'),
  create: lazyView(() => import('./HamletCreate'), 'HamletCreate'),
  edit: lazyView(() => import('./HamletEdit'), 'HamletEdit'),
  show: lazyView(() => import('./HamletShow'), 'HamletShow'),
  icon: HomeWorkIcon,
  recordRepresentation: (record: Hamlet) => record.name,
};
