// Baseline for validate.mjs: returns every record unchanged, so every label must leak (0 % recall)
// and every keep value must survive (100 % keep).
export function createScrubber() {
  return { scrub: (value) => value, scrubText: (text) => text };
}
