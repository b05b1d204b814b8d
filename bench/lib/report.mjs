/** Writes bench/RESULTS.md: the machine, the date, and per benchmark each figure beside its baseline. */
const cell = (v) => String(v ?? '').replace(/\|/g, '\\|');

function ratioText(row) {
  if (row.ratioText) return row.ratioText;
  if (typeof row.ratio !== 'number') return '';
  return `${row.ratio.toFixed(2)}×`;
}

export function renderResults({ machine, date, seconds, sections, git, seed, options, data, generated }) {
  const all = sections.flatMap((s) => s.rows);
  const tally = (status) => all.filter((r) => r.status === status).length;
  const lines = [
    '# notnow benchmarks',
    '',
    `Measured ${date} by \`npm run bench\` in ${(seconds / 60).toFixed(1)} minutes` +
      ` (commit ${git}, data seed ${seed}, scales ${options.scales.join(', ')}).`,
    'Every figure is compared with a baseline measured in the same run, because these machines are noisy;',
    'rerun with `npm run bench` (data is generated on first use into bench/data/, which git ignores).',
    '',
    `**${tally('PASS')} PASS · ${tally('MISS')} MISS · ${tally('not available yet')} not available yet` +
      `${tally('error') ? ` · ${tally('error')} error` : ''}${tally('skipped') ? ` · ${tally('skipped')} skipped` : ''}**`,
    '',
    '## Machine',
    '',
    '| CPU | Cores | Memory | Node | Platform | Load average at start |',
    '| --- | --- | --- | --- | --- | --- |',
    `| ${cell(machine.cpu)} | ${machine.cores} | ${machine.memoryGb} GB | ${machine.node} | ${machine.platform} | ${machine.loadAverage} |`,
    '',
  ];
  if (data) {
    const c = data.counts;
    const n = (x) => x.toLocaleString('en');
    lines.push(
      '## Data (scale 1)',
      '',
      `${n(c.applications)} applications over ${n(c.companies)} companies, ${n(c.people)} people, ` +
        `${n(c.participations)} participations, ${n(c.status_changes)} status changes, ${n(c.touches)} touches, ` +
        `${n(c.steps)} steps (${n(c.pendingSteps)} pending), as of ${data.today}` +
        (data.mbox
          ? `; an mbox of ${n(data.mbox.count)} messages (${(data.mbox.bytes / 1e6).toFixed(0)} MB).`
          : '.'),
      `Generated in this run: ${generated.length > 0 ? generated.join('; ') : 'nothing (bench/data/ was already there)'}.`,
      '',
    );
  }
  for (const s of sections) {
    lines.push(`## ${s.title}`, '');
    const info = s.rows.every((r) => r.status === 'info');
    if (info) {
      lines.push('| What | Figure | Note |', '| --- | --- | --- |');
      for (const r of s.rows) lines.push(`| ${cell(r.name)} | ${cell(r.figure)} | ${cell(r.note)} |`);
    } else {
      lines.push(
        '| Benchmark | Figure | Baseline (same run) | Ratio | Target | Result | Note |',
        '| --- | --- | --- | --- | --- | --- | --- |',
      );
      for (const r of s.rows) {
        const status = r.status === 'PASS' || r.status === 'MISS' ? `**${r.status}**` : r.status;
        lines.push(
          `| ${cell(r.name)} | ${cell(r.figure ?? '—')} | ${cell(r.baseline ?? '—')} | ${cell(ratioText(r))} | ` +
            `${cell(r.target)} | ${status} | ${cell(r.note)} |`,
        );
      }
    }
    lines.push('');
    for (const n of s.notes ?? []) lines.push(`- ${n}`);
    if (s.notes?.length) lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
