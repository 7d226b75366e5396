export const packageName = '@parapet/log-scrubber';
