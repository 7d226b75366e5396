export { packageName } from '@parapet/https';
