/** Shared option validation: every factory resolves its options once and traps typos. */

/** Throw a TypeError if `options` is not a plain object or has a key not in `allowed`. */
export function checkOptions(name: string, options: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${name}: options must be an object`);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new TypeError(`${name}: unknown option "${key}" (known options: ${allowed.join(', ')})`);
    }
  }
  return options as Record<string, unknown>;
}

export function checkBoolean(name: string, option: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new TypeError(`${name}: "${option}" must be a boolean`);
  return value;
}

export function checkInteger(name: string, option: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new TypeError(`${name}: "${option}" must be an integer between ${min} and ${max}, got ${String(value)}`);
  }
  return value;
}

export function checkOneOf<T>(name: string, option: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) {
    throw new TypeError(`${name}: "${option}" must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value) ?? String(value)}`);
  }
  return value as T;
}
