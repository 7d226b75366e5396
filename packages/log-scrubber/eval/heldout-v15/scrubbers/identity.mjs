// Baseline: ships everything unchanged. Must score 0 % recall and 100 % keep.
export function createScrubber() {
  return { scrub: (value) => value, scrubText: (text) => text };
}
