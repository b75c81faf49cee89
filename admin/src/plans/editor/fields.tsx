import { MenuItem, TextField as MuiTextField } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Small controlled inputs of the editor's dialogs; each carries a data-testid for the browser tests. */

export const Text = ({ label, value, onChange, testId, multiline = false, required = false, type = 'text' }: {
  label: string; value: string | number | null | undefined; onChange: (value: string) => void; testId: string; multiline?: boolean; required?: boolean; type?: string;
}) => {
  const translate = useTranslate();
  return (
    <MuiTextField label={translate(label)} value={value ?? ''} onChange={(event) => onChange(event.target.value)} size="small" fullWidth
      multiline={multiline} minRows={multiline ? 2 : undefined} required={required} type={type} inputProps={{ 'data-testid': testId }} />
  );
};

export const Choice = ({ label, value, onChange, options, testId, empty = true }: {
  label: string; value: string | null | undefined; onChange: (value: string | null) => void; options: { id: string; name: string }[]; testId: string; empty?: boolean;
}) => {
  const translate = useTranslate();
  return (
    <MuiTextField select label={translate(label)} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)} size="small" fullWidth
      SelectProps={{ SelectDisplayProps: { 'data-testid': testId } as never }}>
      {empty ? <MenuItem value="">—</MenuItem> : null}
      {options.map((option) => <MenuItem key={option.id} value={option.id} data-testid={`${testId}-${option.id}`}>{translate(option.name, { _: option.name })}</MenuItem>)}
    </MuiTextField>
  );
};

/** An ordered list of texts, one per line (purposes, requirements, recipients): never raw JSON. */
export const Lines = ({ label, value, onChange, testId }: { label: string; value: string[]; onChange: (value: string[]) => void; testId: string }) => {
  const translate = useTranslate();
  return (
    <MuiTextField label={translate(label)} value={value.join('\n')} helperText={translate('hoagiai.planEditor.onePerLine')}
      onChange={(event) => onChange(event.target.value.split('\n'))} size="small" fullWidth multiline minRows={2} inputProps={{ 'data-testid': testId }} />
  );
};

export const int = (value: string): number | null => (value.trim() === '' || Number.isNaN(Number(value)) ? null : Number(value));
export const text = (value: string | null | undefined): string | null => (value == null || value.trim() === '' ? null : value);
export const lines = (value: string[]): string[] => value.map((line) => line.trim()).filter(Boolean);
