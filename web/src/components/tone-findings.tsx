import type { ToneFinding } from '../types.js';

/** What in a letter could hurt the writer, each with why and a gentler way to say it. */
export function ToneFindings({ findings }: { findings: ToneFinding[] }) {
  if (findings.length === 0) {
    return (
      <p className="tone-ok">
        <span aria-hidden="true">✓ </span>The tone reads well: nothing that could hurt you.
      </p>
    );
  }
  return (
    <div className="tone-warnings">
      <h3>
        <span aria-hidden="true">⚠ </span>
        {findings.length === 1 ? 'One phrase to reconsider' : `${findings.length} phrases to reconsider`}
      </h3>
      <ul>
        {findings.map((f) => (
          <li key={`${f.start}-${f.rule}`}>
            <q>{f.phrase}</q> — {f.reason} <span className="gentler">Try: {f.gentler}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
