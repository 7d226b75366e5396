export * from './core/index.js';
export { passwordPolicy, type PasswordPolicyMiddlewareOptions } from './koa.js';
