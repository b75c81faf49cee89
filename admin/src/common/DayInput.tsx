import { useRef } from 'react';
import { IconButton, InputAdornment, TextField } from '@mui/material';
import EventIcon from '@mui/icons-material/Event';
import { FieldTitle, InputHelperText, useInput, useResourceContext, useTranslate, type InputProps } from 'react-admin';
import { formatDay, ISO_DAY, isDayOrEmpty, parseTypedDay } from './days';

/** "2021-11-16" → "16/11/2021", as the box shows it. */
const toTyped = (value: unknown): string => (typeof value === 'string' && ISO_DAY.test(value) ? formatDay(value) : typeof value === 'string' ? value : '');

const validDay = (value: unknown) => (isDayOrEmpty(value) ? undefined : 'hoagiai.validation.day');

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
              <IconButton size="small" onClick={openPicker} aria-label={translate('hoagiai.validation.pickDay')} tabIndex={-1} disabled={field.disabled}>
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
