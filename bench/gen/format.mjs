/** Formatting shared by the generators: instants, days, and ASCII slugs of names. */
export const iso = (ms) => new Date(ms).toISOString();
export const day = (ms) => iso(ms).slice(0, 10);

/** Ascii form of a name for e-mail addresses and domains. */
export const ascii = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/Ł/g, 'L')
    .replace(/ł/g, 'l')
    .replace(/[^A-Za-z0-9]+/g, '')
    .toLowerCase();
