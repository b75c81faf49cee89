import { Checkbox, Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import { useTranslate } from 'react-admin';
import { useNumberFormat } from '../common/useNumberFormat';
import type { PilotCandidate } from './types';

type Props = {
  candidates: PilotCandidate[];
  /** Live ranking: checkboxes; a recorded snapshot: the chosen flag. */
  chosen?: Set<string>;
  onToggle?: (unitId: string) => void;
};

/** Candidates in ranking order with the values they were ranked on; ties say so, since only the code orders them. */
export const CandidateTable = ({ candidates, chosen, onToggle }: Props) => {
  const translate = useTranslate();
  const { number, percent } = useNumberFormat();
  const yesNo = (value: boolean | null) =>
    value == null ? translate('hoagiai.pilots.notAssessed') : translate(value ? 'hoagiai.pilots.yes' : 'hoagiai.pilots.no');
  return (
    <Table size="small" data-testid="pilot-candidates">
      <TableHead>
        <TableRow>
          {(['chosen', 'position', 'rank', 'commune', 'parent', 'fails', 'rate', 'difficulty'] as const).map((column) => (
            <TableCell key={column}>{translate(`hoagiai.pilots.column.${column}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {candidates.map((c) => {
          const id = String(c.teamId ?? c.unitId);
          const isChosen = chosen ? chosen.has(id) : c.chosen;
          return (
            <TableRow key={id} selected={isChosen} data-testid="candidate-row" data-code={c.code}>
              <TableCell padding="checkbox">
                {onToggle ? (
                  <Checkbox checked={isChosen} onChange={() => onToggle(id)} inputProps={{ 'aria-label': c.name, 'data-testid': `choose-${c.code}` } as object} />
                ) : isChosen ? <CheckIcon color="success" /> : null}
              </TableCell>
              <TableCell>{c.position}</TableCell>
              <TableCell>
                {c.rank}
                {c.tied ? <Chip size="small" variant="outlined" label={translate('hoagiai.pilots.tied')} sx={{ ml: 1 }} /> : null}
              </TableCell>
              <TableCell>{c.name} ({c.code})</TableCell>
              <TableCell>{c.parentName}</TableCell>
              <TableCell>{yesNo(c.failsMediationCriterion)}</TableCell>
              <TableCell>{percent(c.settlementRate)} ({number(c.casesSettled)}/{number(c.casesSettled + c.casesNotSettled)})</TableCell>
              <TableCell>{c.difficultyScore ?? '—'}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
