import { describe, expect, it } from 'vitest';
import { packageName } from '@parapet/example-secure-api';

describe('example', () => {
  it('loads', () => {
    expect(packageName).toBe('@parapet/https');
  });
});
