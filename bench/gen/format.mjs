/** Formatting shared by the generators: instants, days, and ASCII slugs of names. */
const DAY = 86_400_000;
const days = new Map();
const two = (n) => (n < 10 ? `0${n}` : `${n}`);

/** `YYYY-MM-DD` of an instant (UTC); cached, as millions of instants fall on a few thousand days. */
export function day(ms) {
  const d = Math.floor(ms / DAY);
  let text = days.get(d);
  if (text === undefined) {
    text = new Date(d * DAY).toISOString().slice(0, 10);
    days.set(d, text);
  }
  return text;
}

/** Same text as `new Date(ms).toISOString()` for whole milliseconds, several times faster. */
export function iso(ms) {
  const rest = ms - Math.floor(ms / DAY) * DAY;
  const milli = rest % 1000;
  const time = `${two(Math.floor(rest / 3_600_000))}:${two(Math.floor(rest / 60_000) % 60)}:${two(Math.floor(rest / 1000) % 60)}`;
  return `${day(ms)}T${time}.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}Z`;
}

/** Ascii form of a name for e-mail addresses and domains. */
export const ascii = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/Ł/g, 'L')
    .replace(/ł/g, 'l')
    .replace(/[^A-Za-z0-9]+/g, '')
    .toLowerCase();
