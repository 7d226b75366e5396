// Baseline: ships everything unchanged. Must score 0 % recall and 100 % keep on heldout-v14.
export function createScrubber() {
  return { scrub: (v) => v, scrubText: (t) => t };
}
