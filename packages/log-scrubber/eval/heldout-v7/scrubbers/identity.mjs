// Returns every record unchanged: must score 0 % recall and 100 % keep, proving each label is really in its record.
export function createScrubber() {
  return { scrub: (value) => value, scrubText: (text) => text };
}
