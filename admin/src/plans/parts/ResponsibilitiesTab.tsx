import { useState } from 'react';
import { Box, Button as MuiButton, Chip, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { ArrayInput, AutocompleteInput, BooleanInput, ReferenceInput, SelectInput, SimpleFormIterator, TextInput, required, useTranslate } from 'react-admin';
import { createPart, type Responsibility, updatePart } from './api';
import { agencyKindChoices, agencyLevelChoices } from './choices';
import { blankToNull, PartDialog, RowButtons, useChange, usePlanParts } from './usePlanParts';
import { WhenPlanWritable } from '../writable';

type Values = { text?: string; isRequest?: boolean; agencies?: { agencyId?: string; agencyKind?: string; agencyLevel?: string; label?: string }[] };

const toInput = (values: Values) => ({
  text: values.text, isRequest: values.isRequest ?? null,
  agencies: (values.agencies ?? []).map((a) => ({
    agencyId: blankToNull(a.agencyId), agencyKind: blankToNull(a.agencyKind), agencyLevel: blankToNull(a.agencyLevel), label: blankToNull(a.label),
  })),
});

/** Phân công nhiệm vụ: the responsibilities in order, each with the agencies it is given to; requests ("Đề nghị ...") marked. */
export const ResponsibilitiesTab = () => {
  const translate = useTranslate();
  const { plan, parts, reload } = usePlanParts();
  const run = useChange(reload);
  const [editing, setEditing] = useState<Responsibility | 'new' | null>(null);
  if (!plan || !parts) return null;
  const rows = parts.responsibilities;
  const onSubmit = (values: Record<string, unknown>) =>
    editing === 'new'
      ? run(() => createPart('Responsibility', { planId: plan.id, ...toInput(values as Values) }))
      : run(() => updatePart('Responsibility', { id: (editing as Responsibility).id, version: (editing as Responsibility).version, ...toInput(values as Values) }));
  return (
    <Stack spacing={2} data-testid="plan-parts-responsibilities">
      {rows.length ? (
        <Table size="small">
          <TableBody>
            {rows.map((row, index) => (
              <TableRow key={row.id} data-testid={`responsibility-${row.position}`}>
                <TableCell width={40}>{row.position}</TableCell>
                <TableCell>
                  <Typography variant="body2">{row.isRequest ? <Chip size="small" label={translate('hoagiai.planParts.responsibility.request')} sx={{ mr: 1 }} /> : null}{row.text}</Typography>
                  <Box sx={{ mt: 0.5 }}>{row.agencies.map((a, i) => <Chip key={i} size="small" variant="outlined" label={a.label} sx={{ mr: 0.5 }} />)}</Box>
                </TableCell>
                <TableCell width={170}>
                  <RowButtons resource="Responsibility" row={row} last={index === rows.length - 1} onEdit={() => setEditing(row)} run={run} testId={`responsibility-${row.position}`} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : <Typography color="text.secondary">{translate('hoagiai.planParts.none')}</Typography>}
      <WhenPlanWritable><Box><MuiButton startIcon={<AddIcon />} onClick={() => setEditing('new')} data-testid="responsibility-add">{translate('hoagiai.planParts.add')}</MuiButton></Box></WhenPlanWritable>
      <PartDialog open={editing !== null} title={translate('hoagiai.planParts.responsibility.title')} onClose={() => setEditing(null)} onSubmit={onSubmit}
        testId="responsibility-form"
        defaultValues={editing && editing !== 'new'
          ? { text: editing.text, isRequest: editing.isRequest, agencies: editing.agencies.map((a) => ({ ...a, agencyId: a.agencyId ?? '', agencyKind: a.agencyKind ?? '', agencyLevel: a.agencyLevel ?? '' })) }
          : { text: '', isRequest: false, agencies: [] }}>
        <TextInput source="text" label="hoagiai.planParts.responsibility.text" multiline minRows={3} fullWidth validate={required()} />
        <BooleanInput source="isRequest" label="hoagiai.planParts.responsibility.isRequest" />
        <ArrayInput source="agencies" label="hoagiai.planParts.responsibility.agencies">
          <SimpleFormIterator inline>
            <ReferenceInput source="agencyId" reference="Agency" perPage={50}>
              <AutocompleteInput optionText="name" label="hoagiai.planParts.responsibility.agencyId" sx={{ minWidth: 260 }} />
            </ReferenceInput>
            <SelectInput source="agencyKind" label="hoagiai.planParts.responsibility.agencyKind" choices={agencyKindChoices} emptyText="—" />
            <SelectInput source="agencyLevel" label="hoagiai.planParts.responsibility.agencyLevel" choices={agencyLevelChoices} emptyText="—" />
            <TextInput source="label" label="hoagiai.planParts.responsibility.label" />
          </SimpleFormIterator>
        </ArrayInput>
      </PartDialog>
    </Stack>
  );
};
