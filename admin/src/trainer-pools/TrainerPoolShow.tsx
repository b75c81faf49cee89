import { Button as MuiButton, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { EditButton, Labeled, Link, Show, SimpleShowLayout, TextField, TopToolbar, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { NumberField } from '../common/NumberField';
import { DayField, TimestampField } from '../common/DayField';
import { UnitLinkField } from '../common/UnitLinkField';
import { POOL_SHOW } from '../teams/groundSelections';
import type { TrainerPool } from '../teams/groundTypes';
import { ShortfallPanel } from './ShortfallPanel';

const Trainers = () => {
  const pool = useRecordContext<TrainerPool>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!pool) return null;
  const field = (name: string) => translate(`resources.Trainer.fields.${name}`);
  return (
    <Labeled source="trainers">
      <Table size="small" data-testid="pool-trainers">
        <TableHead>
          <TableRow>{['fullName', 'agencyKind', 'agency', 'position', 'trained'].map((name) => <TableCell key={name}>{field(name)}</TableCell>)}</TableRow>
        </TableHead>
        <TableBody>
          {(pool.trainers ?? []).map((t) => (
            <TableRow key={String(t.id)}>
              <TableCell><Link to={createPath({ resource: 'Trainer', id: t.id, type: 'edit' })}>{t.fullName}</Link></TableCell>
              <TableCell>{translate(`hoagiai.agencyKind.${t.agencyKind}`)}</TableCell>
              <TableCell>{t.agency?.name ?? ''}</TableCell>
              <TableCell>{t.position ?? ''}</TableCell>
              <TableCell>{t.trained ? '✓' : ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Labeled>
  );
};

const Kinds = () => {
  const pool = useRecordContext<TrainerPool>();
  const translate = useTranslate();
  return <span>{(pool?.requiredAgencyKinds ?? []).map((kind) => translate(`hoagiai.agencyKind.${kind}`)).join(', ')}</span>;
};

const PoolActions = () => {
  const pool = useRecordContext<TrainerPool>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <TopToolbar>
      {pool ? (
        <MuiButton component={Link} to={`${createPath({ resource: 'Trainer', type: 'create' })}?source=${encodeURIComponent(JSON.stringify({ poolId: pool.id }))}`} size="small">
          {translate('hoagiai.ground.addTrainer')}
        </MuiButton>
      ) : null}
      <EditButton />
    </TopToolbar>
  );
};

export const TrainerPoolShow = () => (
  <Show actions={<PoolActions />} queryOptions={{ meta: { sparseFields: POOL_SHOW } }}>
    <SimpleShowLayout>
      <TextField source="name" />
      <UnitLinkField source="unit" label="resources.TrainerPool.fields.unitId" />
      <DayField source="periodFrom" />
      <DayField source="periodTo" emptyText="—" />
      <Labeled source="requiredAgencyKinds"><Kinds /></Labeled>
      <ShortfallPanel />
      <Trainers />
      <TextField source="note" emptyText="—" />
      <NumberField source="version" />
      <TimestampField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
