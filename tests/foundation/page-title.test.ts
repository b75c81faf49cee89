import { describe, expect, it } from 'vitest';
import { withNameInSentence, withoutRepeatedName } from '../../admin/src/i18n/pageTitle';

/** The console's record pages say the resource's name once (admin/src/i18n/pageTitle.ts). */
describe("a record page's title", () => {
  const show = (name: string, recordRepresentation: string, translated = `${name} ${recordRepresentation}`) =>
    withoutRepeatedName('ra.page.show', { name, recordRepresentation }, translated);

  it("is the record's name alone when that name begins with the resource's", () => {
    expect(show('Tổ hòa giải', 'Tổ hòa giải Khóm 1')).toBe('Tổ hòa giải Khóm 1');
    expect(show('Tổ hòa giải', 'tổ hòa giải ấp An Bình')).toBe('tổ hòa giải ấp An Bình');
    // composed and decomposed Vietnamese are the same words
    expect(show('Tổ hòa giải'.normalize('NFD'), 'Tổ hòa giải Ấp 8')).toBe('Tổ hòa giải Ấp 8');
    expect(withoutRepeatedName('ra.page.edit', { name: 'Lớp tập huấn', recordRepresentation: 'Lớp tập huấn năm 2022' }, 'Lớp tập huấn Lớp tập huấn năm 2022'))
      .toBe('Lớp tập huấn năm 2022');
  });

  it('keeps the resource name otherwise, and every other message as it is', () => {
    expect(show('Kế hoạch', '127/KH-UBND')).toBe('Kế hoạch 127/KH-UBND');
    expect(show('Tổ', 'Tổng hợp')).toBe('Tổ Tổng hợp'); // not a whole word
    expect(show('Mediation team', 'Tổ hòa giải Khóm 1')).toBe('Mediation team Tổ hòa giải Khóm 1');
    // a locale that words the title otherwise ("Edit …") keeps its wording
    expect(withoutRepeatedName('ra.page.edit', { name: 'Hamlet', recordRepresentation: 'Hamlet 1' }, 'Edit Hamlet Hamlet 1')).toBe('Edit Hamlet Hamlet 1');
    expect(withoutRepeatedName('ra.page.list', { name: 'Tổ hòa giải' }, 'Tổ hòa giải')).toBe('Tổ hòa giải');
    expect(withoutRepeatedName('ra.page.show', undefined, 'x')).toBe('x');
  });
});

/** A resource's name inside a sentence is written in lower case (admin/src/i18n/pageTitle.ts). */
describe("a resource's name inside a sentence", () => {
  const named = (key: string, name: unknown) => (withNameInSentence(key, { name, smart_count: 1 }) as { name: unknown }).name;

  it('begins with a small letter where the sentence does not begin with it', () => {
    expect(named('ra.page.create', 'Vụ việc')).toBe('vụ việc');
    expect(named('ra.navigation.no_results', 'Hồ sơ xã')).toBe('hồ sơ xã');
    expect(named('ra.navigation.no_filtered_results', 'Đơn vị hành chính')).toBe('đơn vị hành chính');
    expect(named('ra.page.empty', 'Pilot selection')).toBe('pilot selection');
    expect(named('ra.message.delete_title', 'Lựa chọn điểm')).toBe('lựa chọn điểm');
    expect(withNameInSentence('ra.message.delete_content', { name: 'Kế hoạch', smart_count: 1 })).toEqual({ name: 'kế hoạch', smart_count: 1 });
  });

  it("is the resource's forcedCaseName, where it has one, when a list finds nothing", () => {
    const forced = (resource: string) => ({ MediationCase: 'vụ việc' } as Record<string, string>)[resource];
    const noResults = (key: string, resource: string, name: string) =>
      (withNameInSentence(key, { resource, name, _: 'No results found.' }, forced) as { name: unknown }).name;
    expect(noResults('ra.navigation.no_results', 'MediationCase', 'Sổ theo dõi hoạt động hòa giải')).toBe('vụ việc');
    expect(noResults('ra.navigation.no_filtered_results', 'MediationCase', 'Sổ theo dõi hoạt động hòa giải')).toBe('vụ việc');
    expect(noResults('ra.navigation.no_results', 'Plan', 'Kế hoạch')).toBe('kế hoạch');
  });

  it('is left as it is in titles that begin with it, in other messages and when there is no name', () => {
    expect(named('ra.page.list', 'Tổ hòa giải')).toBe('Tổ hòa giải');
    expect(named('ra.page.show', 'Tổ hòa giải')).toBe('Tổ hòa giải');
    expect(named('hoagiai.pilots.choose', 'Xã')).toBe('Xã');
    expect(named('ra.page.create', '')).toBe('');
    expect(withNameInSentence('ra.page.create', undefined)).toBeUndefined();
  });
});
