// Reference scrubber that changes nothing: every label leaks (recall ~0 %), every keep survives.
export function createScrubber() {
  return { scrub: (value) => value, scrubText: (text) => text };
}
