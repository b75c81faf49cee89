/**
 * A record page's title without the resource's name said twice. react-admin titles a record's
 * page "<resource> <record>" (ra.page.show, and ra.page.edit where the locale words it the same):
 * a team named "Tổ hòa giải Khóm 1" was titled "Tổ hòa giải Tổ hòa giải Khóm 1". When the record's
 * name begins with the resource's, as a whole word, the title is the record's name alone.
 */
export function withoutRepeatedName(key: string, options: unknown, translated: string): string {
  if (key !== 'ra.page.show' && key !== 'ra.page.edit') return translated;
  const { name, recordRepresentation } = (options ?? {}) as { name?: unknown; recordRepresentation?: unknown };
  if (typeof name !== 'string' || typeof recordRepresentation !== 'string' || name.trim() === '') return translated;
  if (translated !== `${name} ${recordRepresentation}`) return translated;
  const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi');
  const record = fold(recordRepresentation);
  const resource = fold(name.trim());
  const rest = record.slice(resource.length);
  return record.startsWith(resource) && (rest === '' || /^\s/.test(rest)) ? recordRepresentation : translated;
}
