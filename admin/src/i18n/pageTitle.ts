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

/**
 * The messages that use a resource's name inside a sentence: "Tạo vụ việc", "Không tìm thấy hồ sơ
 * xã nào", "No pilot selection yet.". react-admin passes the name as the menu writes it, with a
 * capital ("Tạo Vụ việc"). The names are common nouns in both languages, so their first letter is
 * lower-cased there. Titles that begin with the name (a list's, a record's) keep it.
 */
const NAME_INSIDE = new Set([
  'ra.page.create', 'ra.page.empty', 'ra.navigation.no_results', 'ra.navigation.no_filtered_results',
  'ra.message.delete_title', 'ra.message.delete_content', 'ra.message.bulk_delete_title', 'ra.message.bulk_delete_content',
  'ra.message.bulk_update_title', 'ra.message.bulk_update_content',
]);

/**
 * The options of a message with the resource's name as a sentence needs it. A list that finds
 * nothing names its resource by its plural label, which for two resources is the book, not its
 * items ("Không tìm thấy sổ theo dõi hoạt động hòa giải nào"): where the resource gives
 * react-admin's `forcedCaseName` (the name as a sentence says it, which the empty page already
 * uses), that name is used. `forcedCaseName` looks it up (undefined when the resource has none).
 */
export function withNameInSentence(key: string, options: unknown, forcedCaseName: (resource: string) => string | undefined = () => undefined): unknown {
  if (!NAME_INSIDE.has(key)) return options;
  const { name, resource } = (options ?? {}) as { name?: unknown; resource?: unknown };
  const forced = typeof resource === 'string' && key.startsWith('ra.navigation.') ? forcedCaseName(resource) : undefined;
  if (forced) return { ...(options as object), name: forced };
  if (typeof name !== 'string' || name === '') return options;
  return { ...(options as object), name: name.charAt(0).toLocaleLowerCase('vi') + name.slice(1) };
}
