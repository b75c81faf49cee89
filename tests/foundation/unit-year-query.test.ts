import { describe, expect, it } from 'vitest';
import { unitYearIn, unitYearQuery } from '../../admin/src/common/unitYearQuery';

/** The unit and year the dashboard and the Indicators page keep in their address. */
describe("a page's unit and year in its address", () => {
  it('are read back as written', () => {
    expect(unitYearIn(unitYearQuery({ unitId: '944', year: 2024 }))).toEqual({ unitId: '944', year: 2024 });
    expect(unitYearQuery({})).toBe('');
    expect(unitYearIn('')).toEqual({ unitId: undefined, year: undefined });
  });

  it('are none when empty or malformed: the page opens on its own unit instead of an invalid id', () => {
    expect(unitYearIn('?unitId=&year=')).toEqual({ unitId: undefined, year: undefined });
    expect(unitYearIn('?unitId=944&year=24')).toEqual({ unitId: '944', year: undefined });
  });
});
