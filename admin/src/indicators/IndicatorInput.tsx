import { AutocompleteInput, useGetList, useLocaleState, type AutocompleteInputProps } from 'react-admin';
import { type CatalogueIndicator, indicatorName } from './catalogueChoices';

type Props = Omit<AutocompleteInputProps, 'choices' | 'optionValue' | 'optionText'> & { source?: string; measurement?: 'COMPUTED' | 'REPORTED' };

/**
 * Picks an indicator of the catalogue by its code (targets reference the code): the built-in ones,
 * the national ones and those of the caller's province, as the server lets the caller read them.
 * Reusable in any form (the target form's indicator, filters).
 */
export const IndicatorInput = ({ source = 'indicator', measurement, ...props }: Props) => {
  const [locale] = useLocaleState();
  const { data = [], isPending } = useGetList<CatalogueIndicator & { id: string }>('Indicator', {
    pagination: { page: 1, perPage: 500 }, sort: { field: 'code', order: 'ASC' }, filter: measurement ? { measurement } : {},
  });
  const choices = data.map((indicator) => ({ id: indicator.code, name: `${indicatorName(indicator, locale)} (${indicator.code})`, unit: indicator.unit }));
  return <AutocompleteInput source={source} choices={choices} isPending={isPending} translateChoice={false} optionValue="id" optionText="name" {...props} />;
};
