/**
 * A unit's name as documents write it. Names are stored with their type ("Huyện Mỹ Tú"); running
 * text writes the type in lower case ("trên địa bàn huyện Mỹ Tú", "Ủy ban nhân dân huyện Mỹ Tú"),
 * and the place of issue is the name without its type ("Mỹ Tú, ngày ...", Decree 30, Appendix I).
 */
export type UnitWords = { name: string; type: string };

const TYPES = ['Thành phố Trung ương', 'Thành phố', 'Thị trấn', 'Thị xã', 'Đặc khu', 'Tỉnh', 'Huyện', 'Quận', 'Xã', 'Phường'];

/** The type word the name starts with: the unit's own type, else one of the known ones. */
function typePrefix(unit: UnitWords): string | null {
  const name = unit.name.normalize('NFC');
  const candidates = [unit.type.normalize('NFC'), ...TYPES];
  return candidates.find((type) => type && name.toLocaleLowerCase('vi').startsWith(`${type.toLocaleLowerCase('vi')} `)) ?? null;
}

/** "Huyện Mỹ Tú" → "huyện Mỹ Tú"; "Thành phố Cần Thơ" → "thành phố Cần Thơ". */
export function runningName(unit: UnitWords): string {
  const name = unit.name.normalize('NFC');
  const type = typePrefix(unit);
  return type ? name.slice(0, type.length).toLocaleLowerCase('vi') + name.slice(type.length) : name;
}

/** "Huyện Mỹ Tú" → "Mỹ Tú". */
export function placeOfUnit(unit: UnitWords): string {
  const name = unit.name.normalize('NFC');
  const type = typePrefix(unit);
  return type ? name.slice(type.length).trim() : name;
}
