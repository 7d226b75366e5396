/**
 * A regex alternation of words, factored by common prefixes (`c(?:ustomer|lient|ontact)`): the
 * engine tests one character class per branch point instead of every word at every position,
 * which keeps long cue and tool lists cheap inside the per-string pattern.
 */
interface Node {
  end: boolean;
  readonly next: Map<string, Node>;
}

function escape(ch: string): string {
  return /[.*+?^${}()|[\]\\/-]/.test(ch) ? `\\${ch}` : ch === ' ' ? '[ \\t]' : ch;
}

/** `firstAnyCase`: the first letter of each word matches in either case (`[Cc]ustomer`). */
export function wordAlternation(words: readonly string[], firstAnyCase = false): string {
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (child === undefined) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const render = (node: Node, depth: number): string => {
    const branches: string[] = [];
    for (const [ch, child] of node.next) {
      const head = depth === 0 && firstAnyCase && ch.toLowerCase() !== ch.toUpperCase() ? `[${ch.toUpperCase()}${ch.toLowerCase()}]` : escape(ch);
      branches.push(head + render(child, depth + 1));
    }
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return `(?:${render(root, 0)})`;
}
