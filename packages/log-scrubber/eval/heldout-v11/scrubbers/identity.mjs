// Reference scrubber that changes nothing: recall should be ~0 %, keep 100 %.
export function createScrubber() {
  return { scrub: (value) => value, scrubText: (text) => text };
}
