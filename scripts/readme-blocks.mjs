// Finds the fenced code blocks of a Markdown document, with the
// `<!-- snippet: … -->` directive (if any) on the line right before each.
// Shared by the README type-check (scripts/readme-snippets.mjs) and the test
// that runs the root README's snippets as one app (test/readme-app.test.ts).

const FENCE = /^(`{3,}|~{3,})\s*([\w+-]*)[^\n]*$/;
const DIRECTIVE = /^<!--\s*snippet:\s*(\S+)\s*(.*?)\s*-->$/;

/** Languages whose blocks are type-checked. */
export const CODE_LANGS = new Set(['ts', 'typescript', 'js', 'javascript']);

/**
 * @param {string} markdown
 * @returns {{ lang: string, code: string, line: number, directive?: { kind: string, arg: string } }[]}
 *   `line` is the 1-based line of the first code line.
 */
export function fencedBlocks(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open) continue;
    const fence = open[1];
    let end = i + 1;
    while (end < lines.length && !lines[end].trimEnd().startsWith(fence)) end++;
    let prev = i - 1;
    while (prev >= 0 && lines[prev].trim() === '') prev--;
    const match = prev >= 0 ? DIRECTIVE.exec(lines[prev].trim()) : null;
    blocks.push({
      lang: open[2].toLowerCase(),
      code: lines.slice(i + 1, end).join('\n'),
      line: i + 2,
      ...(match ? { directive: { kind: match[1], arg: match[2] } } : {}),
    });
    i = end;
  }
  return blocks;
}
