// Reference scrubber that changes nothing: its recall is the floor (~0 %), its keep rate 100 %.
export function createScrubber() {
  return { scrub: (value) => value, scrubText: (text) => text };
}
