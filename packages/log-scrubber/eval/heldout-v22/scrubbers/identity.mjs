// Baseline: returns its input unchanged (0 % recall, 100 % keep).
export function createScrubber() {
  return { scrub: (value) => value, scrubText: (text) => text };
}
