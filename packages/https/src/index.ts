export const packageName = '@parapet/https';
