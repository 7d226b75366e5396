// Identity scrubber: returns its input unchanged, so every label leaks (0 % recall) and every
// keep survives (100 % keep). A sanity floor for the corpus.
export function createScrubber() {
  return { scrub: (value) => value, scrubText: (text) => text };
}
