// Dependency-free SVG bar chart of median requests/s per stack.
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const palette = { api: '#2563eb', login: '#059669' };

export function renderChart(rows) {
  // rows: [{ label, group, rps, ratio, baseline, id }] as in results.json
  const barH = 22;
  const gap = 8;
  const left = 400;
  const width = 1000;
  const top = 40;
  const max = Math.max(...rows.map((r) => r.rps), 1);
  const height = top + rows.length * (barH + gap) + 30;
  const bars = rows
    .map((r, i) => {
      const y = top + i * (barH + gap);
      const w = ((width - left - 120) * r.rps) / max;
      const ratio = r.ratio === undefined || r.baseline === r.id ? '' : ` (${r.ratio.toFixed(2)}×)`;
      return [
        `<text x="${left - 8}" y="${y + barH * 0.7}" text-anchor="end" font-size="13">${esc(r.label)}</text>`,
        `<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${palette[r.group] ?? '#6b7280'}"/>`,
        `<text x="${(left + w + 6).toFixed(1)}" y="${y + barH * 0.7}" font-size="12">${r.rps.toFixed(0)} req/s${esc(ratio)}</text>`,
      ].join('');
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">
<rect width="100%" height="100%" fill="white"/>
<text x="10" y="24" font-size="16" font-weight="bold">Median requests/s per stack (higher is better; ratio to its same-round baseline)</text>
${bars}
</svg>
`;
}

// `node bench/chart.mjs` re-renders results.svg from results.json.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const rows = JSON.parse(readFileSync(join(import.meta.dirname, 'results.json'), 'utf8')).rows;
  writeFileSync(join(import.meta.dirname, 'results.svg'), renderChart(rows));
}
