/**
 * Separates what the writer of a message wrote from what it quotes or forwards. A rejection quoted
 * at the bottom of a later reply is history, not news, so the classifier reads only the writer's part.
 */

export interface ReplyParts {
  /** What the writer wrote in this message. */
  own: string;
  /** Quoted earlier messages (reply history), marker lines included. */
  quoted: string;
  /** A forwarded message's text, when this message forwards one. */
  forwarded: string;
  /** Why the cut was made where it was (for the evidence). */
  marker: string | null;
}

// "On Tue, Mar 25, 2025 at 9:12 AM Jane <j@x.com> wrote:" — clients wrap it over two lines.
const ON_WROTE =
  /^\s*(On|Le|Am|El|Il|Op|Em)\s.{0,200}?(wrote|a écrit|schrieb|escribió|ha scritto|schreef|escreveu)\s*:\s*$/im;
const ON_START = /^\s*On\s[^\n]{0,160}\n[^\n]{0,160}wrote:\s*$/im;
const ORIGINAL =
  /^\s*-{2,}\s*(Original Message|Previous message|Earlier message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,}\s*$/im;
const FORWARD =
  /^\s*(-{2,}\s*Forwarded message\s*-{2,}|Begin forwarded message:|-{2,}\s*Weitergeleitete Nachricht\s*-{2,})\s*$/im;
// Outlook puts no quote marks: a header block "From: … / Sent: … / To: … / Subject: …" starts the history.
// The same block in German, French, Spanish/Portuguese, Dutch and Italian Outlook ("Von: … / Gesendet: …").
const OUTLOOK =
  /^\s*\*?(From|Von|De|Van|Da):\*?\s.+\n\s*\*?(Sent|Date|Gesendet|Datum|Envoyé|Enviado|Enviada|Fecha|Data|Verzonden|Inviato):\*?\s.+$/im;
const UNDERSCORES = /^_{20,}\s*$/m;
// Thunderbird and others: "Jane Roe wrote:" or "Jane Roe <jane@acme.com> wrote:" with no date before it.
const NAME_WROTE = /^\s*[A-Z][\w.'-]*( [\w.'-]+){0,4}( <[^>\s]+@[^>\s]+>)? (wrote|schrieb|a écrit):\s*$/m;
// Mobile Outlook puts "From:" then "To:" or "Subject:" with no "Sent:" line.
const HEADER_BLOCK = /^\s*\*?From:\*?\s.+\n\s*\*?(To|Subject|Cc):\*?\s.+$/im;

function firstMatch(
  text: string,
  patterns: Array<[RegExp, string]>,
): { index: number; marker: string } | null {
  let best: { index: number; marker: string } | null = null;
  for (const [re, marker] of patterns) {
    const m = re.exec(text);
    if (m && (best === null || m.index < best.index)) best = { index: m.index, marker };
  }
  return best;
}

export function splitReply(text: string): ReplyParts {
  const normalised = text.replace(/\r\n?/g, '\n');
  const forward = firstMatch(normalised, [[FORWARD, 'forwarded message']]);
  const history = firstMatch(normalised, [
    [ON_WROTE, '"On … wrote:" line'],
    [ON_START, '"On … wrote:" line'],
    [ORIGINAL, '"Original Message" line'],
    [OUTLOOK, 'Outlook "From: … Sent:" block'],
    [UNDERSCORES, 'separator line'],
    [NAME_WROTE, '"… wrote:" line'],
    [HEADER_BLOCK, '"From: … To:" header block'],
  ]);
  let own = normalised;
  let quoted = '';
  let forwarded = '';
  let marker: string | null = null;
  if (forward && (!history || forward.index <= history.index)) {
    own = normalised.slice(0, forward.index);
    forwarded = normalised.slice(forward.index);
    marker = forward.marker;
  } else if (history) {
    own = normalised.slice(0, history.index);
    quoted = normalised.slice(history.index);
    marker = history.marker;
  }
  // Lines quoted with ">" anywhere in the writer's part (inline replies) are history too.
  const kept: string[] = [];
  const inline: string[] = [];
  for (const line of own.split('\n')) (/^\s*>/.test(line) ? inline : kept).push(line);
  if (inline.length > 0) {
    quoted = `${inline.join('\n')}\n${quoted}`;
    marker ??= '">" quoted lines';
  }
  return { own: kept.join('\n').trim(), quoted: quoted.trim(), forwarded: forwarded.trim(), marker };
}

const SIGN_OFF =
  /^\s*(best( regards| wishes)?|kind(est)? regards|warm(est)? regards|regards|many thanks|thanks( again| so much)?( & regards| and regards)?|thank you|sincerely|yours (sincerely|faithfully|truly)|cheers|warmly|all the best|with (best|kind) (wishes|regards)|best of luck[^,\n]*|good luck[^,\n]*|apologies again|talk soon|see you there|have a great day!?|welcome \(almost\) aboard!?|congratulations!?|looking forward to speaking with you|keep riding|lots of love|happy job hunting)[,.!]?\s*$/im;

export interface SignedText {
  body: string;
  /** Lines after the sign-off ("Best, / Jane Doe / Recruiter, Acme"), or after "-- ". */
  signature: string;
}

/** Splits the writer's text at the last sign-off line or the "-- " signature separator. */
export function splitSignature(own: string): SignedText {
  const lines = own.split('\n');
  const dash = lines.findIndex((l) => /^--\s?$/.test(l));
  if (dash >= 0)
    return {
      body: lines.slice(0, dash).join('\n').trim(),
      signature: lines
        .slice(dash + 1)
        .join('\n')
        .trim(),
    };
  for (let i = lines.length - 1; i >= 0; i--) {
    if (SIGN_OFF.test(lines[i]!) && lines.length - i <= 12) {
      return {
        body: lines.slice(0, i).join('\n').trim(),
        signature: lines
          .slice(i + 1)
          .join('\n')
          .trim(),
      };
    }
  }
  // No sign-off: a short trailing block of name-like lines is the signature.
  const paras = own.trim().split(/\n\s*\n/);
  const last = paras[paras.length - 1] ?? '';
  if (paras.length > 1 && last.split('\n').length <= 5 && !/[.?!]\s*$/.test(last.split('\n')[0] ?? '')) {
    return { body: paras.slice(0, -1).join('\n\n').trim(), signature: last.trim() };
  }
  return { body: own.trim(), signature: '' };
}
