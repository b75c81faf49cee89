import { FormDataConsumer, Labeled, TextInput, maxLength, minValue, number, required } from 'react-admin';
import { Typography } from '@mui/material';
import { WholeNumberInput } from '../common/NumberInputs';
import { useNumberFormat } from '../common/useNumberFormat';

const count = [required(), number(), minValue(0)];

type Counts = { settled?: unknown; notSettled?: unknown; inProgress?: unknown };

const sumOf = ({ settled, notSettled, inProgress }: Counts): number | null =>
  [settled, notSettled, inProgress].every((value) => typeof value === 'number') ? (settled as number) + (notSettled as number) + (inProgress as number) : null;

/** Received is the sum of the three outcomes: shown as it is typed, and computed by the server. */
const Received = () => {
  const { number: say } = useNumberFormat();
  return (
    <FormDataConsumer<Counts>>
      {({ formData }) => (
        <Labeled source="received">
          <Typography variant="body2" data-testid="received-sum">{say(sumOf(formData))}</Typography>
        </Labeled>
      )}
    </FormDataConsumer>
  );
};

export const CaseYearlyCountFields = () => (
  <>
    <WholeNumberInput source="settled" validate={count} />
    <WholeNumberInput source="notSettled" validate={count} />
    <WholeNumberInput source="inProgress" validate={count} />
    <Received />
    <TextInput source="note" multiline fullWidth validate={maxLength(2000)} />
  </>
);

/**
 * Sent without `received`: the server sets it to the sum of the outcomes. The record's own
 * `received` (read with it) would no longer match once an outcome changed.
 */
export const withoutReceived = <T extends { received?: unknown }>({ received: _received, ...rest }: T) => rest;
