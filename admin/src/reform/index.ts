import CallSplitIcon from '@mui/icons-material/CallSplit';
import MoveDownIcon from '@mui/icons-material/MoveDown';
import { HamletMoveList } from './HamletMoveList';
import { HamletMoveShow } from './HamletMoveShow';
import { UnassignedHamletList } from './UnassignedHamletList';

export { reformEn } from './messages.en';
export { reformVi } from './messages.vi';

/** The dated moves of hamlets to their communes of 1 July 2025 (read only: made by the mapping or by an assignment). */
export const hamletMoves = { list: HamletMoveList, show: HamletMoveShow, icon: MoveDownIcon };

/** Hamlets waiting for the new province's admin to assign them. */
export const unassignedHamlets = { list: UnassignedHamletList, icon: CallSplitIcon };
