import CallSplitIcon from '@mui/icons-material/CallSplit';
import MoveDownIcon from '@mui/icons-material/MoveDown';
import { lazyView } from '../common/lazyView';

export { reformEn } from './messages.en';
export { reformVi } from './messages.vi';

/** The dated moves of hamlets to their communes of 1 July 2025 (read only: made by the mapping or by an assignment). */
export const hamletMoves = {
  list: lazyView(() => import('./HamletMoveList'), 'HamletMoveList'),
  show: lazyView(() => import('./HamletMoveShow'), 'HamletMoveShow'),
  icon: MoveDownIcon,
};

/** Hamlets waiting for the new province's admin to assign them. */
export const unassignedHamlets = { list: lazyView(() => import('./UnassignedHamletList'), 'UnassignedHamletList'), icon: CallSplitIcon };
