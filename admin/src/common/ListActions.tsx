import type { ReactElement } from 'react';
import { CreateButton, ExportButton, FilterButton, TopToolbar, useResourceDefinition } from 'react-admin';

// The server serves at most 500 rows a page (react-admin would ask for 1000).
const EXPORT_LIMIT = 500;

/**
 * The list toolbar: filters, a create button (only where the user may create: App.tsx leaves
 * `create` out otherwise; tests find it by `data-testid="create-button"`), and the export, the
 * resource's own (exports/ListExport: Excel or CSV with labels and names) or react-admin's CSV.
 */
export const ListActions = ({ exporter }: { exporter?: ReactElement }) => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <FilterButton />
      {hasCreate ? <CreateButton data-testid="create-button" /> : null}
      {exporter ?? <ExportButton maxResults={EXPORT_LIMIT} />}
    </TopToolbar>
  );
};
