import { Create, SimpleForm } from 'react-admin';
import { IndicatorFields, indicatorTransform } from './IndicatorForm';

/**
 * A province admin adds an indicator for its province (the server takes the working province), the
 * system admin a national one.
 */
export const IndicatorCreate = () => (
  <Create redirect="list" transform={indicatorTransform}>
    <SimpleForm defaultValues={{ measurement: 'REPORTED', unit: 'PERCENT' }}>
      <IndicatorFields creating />
    </SimpleForm>
  </Create>
);
