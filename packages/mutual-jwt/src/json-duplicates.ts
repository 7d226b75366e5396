/**
 * Reports whether a JSON text that `JSON.parse` already accepted has an object
 * with two members of the same name (after unescaping, so `"a"` and `"\u0061"`
 * collide). RFC 7515 §5.2 and RFC 7519 §4 require rejecting such headers and
 * claim sets; `JSON.parse` (and therefore jose) silently keeps the last one, which
 * lets a token mean different things to different parsers.
 *
 * This is input validation on an already-valid JSON text, not a parser: it only
 * tracks where object member names start.
 */
export function hasDuplicateMemberNames(json: string, parsed?: unknown): boolean {
  if (parsed !== undefined) {
    const flat = countFlatObjectMembers(json);
    // JSON.parse keeps one property per distinct name, so as many names in the text as keys parsed means none repeats.
    if (flat !== -1) return flat !== Object.keys(parsed as object).length;
  }
  // One entry per open container: a Set of member names for objects, null for arrays.
  const stack: (Set<string> | null)[] = [];
  let expectName = false;
  const length = json.length;
  for (let i = 0; i < length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let end = i + 1;
      let escaped = false;
      while (end < length && json.charCodeAt(end) !== 0x22) {
        if (json.charCodeAt(end) === 0x5c /* \ */) {
          escaped = true;
          end += 2;
        } else {
          end += 1;
        }
      }
      if (expectName) {
        const names = stack[stack.length - 1];
        // Unescape only when needed: "\u0061" and "a" are the same member name.
        const name = escaped ? (JSON.parse(json.slice(i, end + 1)) as string) : json.slice(i + 1, end);
        if (names) {
          if (names.has(name)) return true;
          names.add(name);
        }
        expectName = false;
      }
      i = end;
    } else if (c === 0x7b /* { */) {
      stack.push(new Set());
      expectName = true;
    } else if (c === 0x5b /* [ */) {
      stack.push(null);
      expectName = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectName = false;
    } else if (c === 0x2c /* , */) {
      expectName = (stack[stack.length - 1] ?? null) !== null;
    }
  }
  return false;
}

/**
 * Number of member names of a JSON text that is one object with only scalar
 * members (the usual JWT header or claim set), counted without allocating; -1
 * when it nests objects or arrays, which the full scan handles.
 */
function countFlatObjectMembers(json: string): number {
  let count = 0;
  let expectName = false;
  let depth = 0;
  const length = json.length;
  for (let i = 0; i < length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let end = i + 1;
      while (end < length && json.charCodeAt(end) !== 0x22) end += json.charCodeAt(end) === 0x5c /* \ */ ? 2 : 1;
      if (expectName) {
        count++;
        expectName = false;
      }
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth > 0 || c === 0x5b) return -1;
      depth = 1;
      expectName = true;
    } else if (c === 0x2c /* , */) {
      expectName = true;
    }
  }
  return count;
}
