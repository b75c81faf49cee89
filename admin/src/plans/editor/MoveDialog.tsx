import { useState } from 'react';
import { Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Text } from './fields';

/** Move (or reorder) a task or a budget line to a new code; what is below it follows, the rows around it are renumbered. */
export const MoveDialog = ({ code, withRollUp, onClose, onMove }: {
  code: string; withRollUp: boolean; onClose: () => void; onMove: (code: string, rollUp: boolean) => Promise<boolean>;
}) => {
  const translate = useTranslate();
  const [next, setNext] = useState(code);
  const [rollUp, setRollUp] = useState(true);
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{translate('hoagiai.planEditor.moveTitle', { code })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">{translate('hoagiai.planEditor.moveHelp')}</Typography>
          <Text label="hoagiai.planEditor.newCode" value={next} testId="move-code" onChange={setNext} />
          {withRollUp ? (
            <FormControlLabel control={<Checkbox checked={rollUp} onChange={(event) => setRollUp(event.target.checked)} />} label={translate('hoagiai.planEditor.rollUp')} />
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" data-testid="move-save" onClick={async () => (await onMove(next.trim(), withRollUp && rollUp)) && onClose()}>
          {translate('hoagiai.planEditor.move')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
