// The do-nothing scrubber for validate.mjs: every label must leak (0 % recall), every keep value
// must survive (100 % keep).
export function createScrubber() {
  return { scrub: (value) => value, scrubText: (text) => text };
}
