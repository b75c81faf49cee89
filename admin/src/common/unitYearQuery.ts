/** A unit and a year as an address's query keeps them (?unitId=…&year=…): the dashboard and the indicators page. */
export type UnitYear = { unitId?: string; year?: number };

/** The unit and year of an address's query; an empty unit is none, and so is a year that is not four digits. */
export function unitYearIn(search: string): UnitYear {
  const params = new URLSearchParams(search);
  const year = params.get('year');
  return { unitId: params.get('unitId') || undefined, year: year && /^\d{4}$/.test(year) ? Number(year) : undefined };
}

/** The query of a unit and a year ('' for neither). */
export function unitYearQuery({ unitId, year }: UnitYear): string {
  const params = new URLSearchParams();
  if (unitId) params.set('unitId', String(unitId));
  if (year) params.set('year', String(year));
  const query = params.toString();
  return query ? `?${query}` : '';
}
