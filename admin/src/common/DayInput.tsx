import { useRef } from 'react';
import { IconButton, InputAdornment, TextField } from '@mui/material';
import EventIcon from '@mui/icons-material/Event';
import { FieldTitle, InputHelperText, useInput, useResourceContext, useTranslate, type InputProps } from 'react-admin';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TYPED_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** "2021-11-16" → "16/11/2021". */
const toTyped = (value: unknown): string => {
  const match = typeof value === 'string' ? ISO_DAY.exec(value) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : typeof value === 'string' ? value : '';
};

const isRealDay = (iso: string): boolean => {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
};

/** "16/11/2021" (or 16.11.2021, 16-11-2021) → "2021-11-16"; an empty box → null; anything else as typed, for validation to refuse. */
export const parseTypedDay = (text: string): string | null => {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const match = TYPED_DAY.exec(trimmed);
  if (!match) return trimmed;
  const iso = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  return isRealDay(iso) ? iso : trimmed;
};

const validDay = (value: unknown) => (value == null || value === '' || (typeof value === 'string' && ISO_DAY.test(value) && isRealDay(value)) ? undefined : 'hoagiai.validation.day');

/**
 * A calendar day typed as dd/mm/yyyy in either language (an <input type="date"> shows the browser's
 * own order, mm/dd/yyyy in an English browser); the calendar button opens the browser's picker.
 * The value is the API's YYYY-MM-DD.
 */
export const DayInput = ({ source, label, validate, helperText, alwaysOn: _alwaysOn, ...rest }: InputProps & { alwaysOn?: boolean }) => {
  const resource = useResourceContext();
  const translate = useTranslate();
  const picker = useRef<HTMLInputElement>(null);
  const validators = [...(Array.isArray(validate) ? validate : validate ? [validate] : []), validDay];
  const { id, field, fieldState, isRequired } = useInput({ source, validate: validators, format: toTyped, parse: parseTypedDay, ...rest });
  const error = fieldState.error?.message;
  const openPicker = () => {
    const input = picker.current;
    if (!input) return;
    input.value = typeof field.value === 'string' && ISO_DAY.test(parseTypedDay(field.value) ?? '') ? (parseTypedDay(field.value) as string) : '';
    input.showPicker?.();
  };
  return (
    <TextField
      id={id}
      {...field}
      label={label === false ? undefined : <FieldTitle label={label as string | undefined} source={source} resource={resource} isRequired={isRequired} />}
      placeholder={translate('hoagiai.validation.dayPlaceholder')}
      error={!!(fieldState.invalid && (fieldState.isTouched || fieldState.error))}
      helperText={<InputHelperText error={error} helperText={helperText} />}
      size="small"
      margin="dense"
      variant="filled"
      sx={{ minWidth: 220 }}
      slotProps={{
        htmlInput: { inputMode: 'numeric', 'data-testid': `day-${source}` },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton size="small" onClick={openPicker} aria-label={translate('hoagiai.validation.pickDay')} tabIndex={-1}>
                <EventIcon fontSize="small" />
              </IconButton>
              <input ref={picker} type="date" tabIndex={-1} aria-hidden style={{ position: 'absolute', opacity: 0, width: 0, height: 0, border: 0 }}
                onChange={(event) => event.target.value && field.onChange(toTyped(event.target.value))} />
            </InputAdornment>
          ),
        },
      }}
    />
  );
};
