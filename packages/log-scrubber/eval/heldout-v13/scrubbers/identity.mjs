// Reference floor: returns every record unchanged.
export function createScrubber() {
  return { scrub: (v) => v, scrubText: (t) => t };
}
