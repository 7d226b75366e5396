// Reference scrubber that changes nothing: the floor (no recall, every keep value survives).
export function createScrubber() {
  return { scrub: (value) => value, scrubText: (text) => text };
}
