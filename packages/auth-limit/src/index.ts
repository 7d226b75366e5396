export const packageName = '@parapet/auth-limit';
