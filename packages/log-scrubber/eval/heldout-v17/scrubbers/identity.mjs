// Baseline that changes nothing: must score 0 % recall and 100 % keep.
export function createScrubber() {
  return { scrub: (value) => value, scrubText: (text) => text };
}
