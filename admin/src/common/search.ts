/** Autocomplete text → filter: the server rejects an empty search, so an empty box means no search. */
export const searchOf = (text: string) => (text.trim() ? { q: text.trim() } : {});

/** Reports and pilot selections are about a year that has ended. */
export const lastYear = () => new Date().getFullYear() - 1;
