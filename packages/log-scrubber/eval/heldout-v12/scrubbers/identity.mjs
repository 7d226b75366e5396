// Reference scrubber that changes nothing: recall ~0 %, keep 100 %. Proves the corpus is not trivially caught.
export function createScrubber() {
  return { scrub: (value) => value, scrubText: (text) => text };
}
