import { packageName } from './index.js';
console.log(`secure-api example (${packageName}) — placeholder`);
