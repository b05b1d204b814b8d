/**
 * Just enough MIME writing for generated mail. Messages are built as "binary" strings (one char per
 * byte) so 8bit UTF-8 and ISO-8859-1 bodies can sit next to 7bit ones in the same mbox.
 */
export const isAscii = (s) => !/[^\p{ASCII}]/u.test(s);
export const isLatin1 = (s) => !/[\u0100-\uffff]/.test(s);

/** The text's bytes in the charset, as a binary string. */
export const toBytes = (text, charset) =>
  Buffer.from(text, charset === 'iso-8859-1' ? 'latin1' : 'utf8').toString('latin1');

export function base64(bytes) {
  const b = Buffer.from(bytes, 'latin1').toString('base64');
  return b.replace(/.{76}/g, '$&\n');
}

/** Quoted-printable (RFC 2045 §6.7): =XX for 8-bit and '=', soft breaks before 76 columns. */
export function quotedPrintable(bytes) {
  const out = [];
  for (const line of bytes.split('\n')) {
    let encoded = '';
    let width = 0;
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      const last = i === line.length - 1;
      const plain = (code >= 33 && code <= 126 && code !== 61) || ((code === 32 || code === 9) && !last);
      const piece = plain ? line[i] : `=${code.toString(16).toUpperCase().padStart(2, '0')}`;
      if (width + piece.length > 75) {
        encoded += '=\n';
        width = 0;
      }
      encoded += piece;
      width += piece.length;
    }
    out.push(encoded);
  }
  return out.join('\n');
}

/** An RFC 2047 encoded word when the header text is not plain ASCII. */
export function headerText(text, charset, q) {
  if (isAscii(text)) return text;
  const bytes = toBytes(text, charset);
  if (q) {
    const enc = [...bytes]
      .map((ch) => {
        const c = ch.charCodeAt(0);
        if (c === 32) return '_';
        return /[A-Za-z0-9]/.test(ch) ? ch : `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
      })
      .join('');
    return `=?${charset.toUpperCase()}?Q?${enc}?=`;
  }
  return `=?${charset.toUpperCase()}?B?${Buffer.from(bytes, 'latin1').toString('base64')}?=`;
}

export function address(name, email, charset) {
  if (!name) return email;
  const shown = isAscii(name)
    ? /[,.()<>@"]/.test(name)
      ? `"${name}"`
      : name
    : headerText(name, charset, false);
  return `${shown} <${email}>`;
}

/** A text part's headers and encoded body for the chosen transfer encoding. */
export function part(text, type, charset, encoding) {
  const bytes = toBytes(text, charset);
  const body =
    encoding === 'base64' ? base64(bytes) : encoding === 'quoted-printable' ? quotedPrintable(bytes) : bytes;
  return `Content-Type: ${type}; charset=${charset === 'iso-8859-1' ? 'ISO-8859-1' : 'UTF-8'}\nContent-Transfer-Encoding: ${encoding}\n\n${body}\n`;
}

export function html(paragraphs, title) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs
    .map((p) => `<p style="margin:0 0 12px">${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(title)}</title></head>\n<body style="font-family:Arial,sans-serif">\n<table width="100%"><tr><td>\n${body}\n</td></tr></table>\n</body></html>`;
}

/** asctime() form for the mbox From_ line, e.g. `Mon Nov  3 09:00:00 2026`. */
export function asctime(ms) {
  const [wd, dd, mon, yyyy, time] = new Date(ms).toUTCString().replace(',', '').split(' ');
  return `${wd} ${mon} ${String(Number(dd)).padStart(2, ' ')} ${time} ${yyyy}`;
}

/** RFC 5322 date, e.g. `Tue, 03 Nov 2026 09:00:00 +0000`. */
export const rfcDate = (ms) => new Date(ms).toUTCString().replace('GMT', '+0000');
