import { Checkbox, Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import { useTranslate } from 'react-admin';
import { useNumberFormat } from '../common/useNumberFormat';
import type { PilotCandidate } from './types';

type Props = {
  candidates: PilotCandidate[];
  /** COMMUNE or TEAM: what the ranking chooses (a team's row names its commune). */
  level: string;
  /** Live ranking: checkboxes; a recorded snapshot: the chosen flag. */
  chosen?: Set<string>;
  onToggle?: (unitId: string) => void;
};

type Column = 'chosen' | 'position' | 'rank' | 'commune' | 'parent' | 'team' | 'teamCommune' | 'fails' | 'rate' | 'difficulty';

/**
 * The columns of a ranking: a commune with the unit above it and the values communes are ranked
 * on; a mediation team with its commune and its settlement rate (teams have neither an
 * access-to-law assessment nor a difficulty score).
 */
export const candidateColumns = (level: string): Column[] => (level === 'TEAM'
  ? ['chosen', 'position', 'rank', 'team', 'teamCommune', 'rate']
  : ['chosen', 'position', 'rank', 'commune', 'parent', 'fails', 'rate', 'difficulty']);

/** Candidates in ranking order with the values they were ranked on; ties say so, since only the code orders them. */
export const CandidateTable = ({ candidates, level, chosen, onToggle }: Props) => {
  const translate = useTranslate();
  const { number, percent } = useNumberFormat();
  const yesNo = (value: boolean | null) =>
    value == null ? translate('hoagiai.pilots.notAssessed') : translate(value ? 'hoagiai.pilots.yes' : 'hoagiai.pilots.no');
  const columns = candidateColumns(level);
  return (
    <Table size="small" data-testid="pilot-candidates">
      <TableHead>
        <TableRow>
          {columns.map((column) => (
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
              {columns.includes('fails') ? <TableCell>{yesNo(c.failsMediationCriterion)}</TableCell> : null}
              <TableCell>{percent(c.settlementRate)} ({number(c.casesSettled)}/{number(c.casesSettled + c.casesNotSettled)})</TableCell>
              {columns.includes('difficulty') ? <TableCell>{c.difficultyScore ?? '—'}</TableCell> : null}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
