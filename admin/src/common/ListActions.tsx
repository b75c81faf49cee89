import { CreateButton, ExportButton, FilterButton, TopToolbar, useResourceDefinition } from 'react-admin';

// The server serves at most 500 rows a page (react-admin would ask for 1000).
const EXPORT_LIMIT = 500;

/** The list toolbar, with a create button tests can find by `data-testid="create-button"`. */
export const ListActions = () => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <FilterButton />
      {hasCreate ? <CreateButton data-testid="create-button" /> : null}
      <ExportButton maxResults={EXPORT_LIMIT} />
    </TopToolbar>
  );
};
