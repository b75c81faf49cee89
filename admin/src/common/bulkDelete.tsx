import { BulkDeleteButton, useResourceDefinition } from 'react-admin';

/**
 * The bulk actions of a list whose records its reader may delete: the delete button (pessimistic,
 * so a refusal reaches the user before the rows go) to those offered the edit or the create screen
 * (a membership has no edit screen: its administrator creates and deletes them), and no row
 * checkboxes at all to a reader who may not change the records (an analyst).
 */
export function useBulkDelete() {
  const { hasEdit, hasCreate } = useResourceDefinition();
  return hasEdit || hasCreate ? <BulkDeleteButton mutationMode="pessimistic" /> : false;
}
