// Baseline that changes nothing: must score 0 % recall and 100 % keep on heldout-v18.
export function createScrubber() {
  return { scrub: (v) => v, scrubText: (t) => t };
}
