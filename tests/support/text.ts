/** A text as a user types it without Vietnamese diacritics, in lower case: "Xã Đông Hải" → "xa dong hai". */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
