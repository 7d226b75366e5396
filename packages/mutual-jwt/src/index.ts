export const packageName = '@parapet/mutual-jwt';
