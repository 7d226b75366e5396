// Keys and caller tokens shared by run.mjs and profile.mjs.
import { randomUUID } from 'node:crypto';
import { exportJWK, SignJWT } from 'jose';
import { exportPublicJwks, generateCallerKey } from '../dist/index.js';

/**
 * A caller key (billing) and a server key (orders), the message that hands them to server.mjs,
 * and `sign(claims, typ, lifetime)`, which signs a caller token for the orders service.
 */
export async function benchKeys(alg) {
  const caller = await generateCallerKey({ alg, kid: 'billing-1' });
  const server = await generateCallerKey({ alg, kid: 'orders-1', extractable: true });
  const keysForServer = { callerJwks: exportPublicJwks([caller]), serverPrivateJwk: await exportJWK(server.privateKey), serverKid: server.kid, alg };
  const sign = (claims, typ, lifetime) => {
    const iat = Math.floor(Date.now() / 1000);
    return new SignJWT(claims).setProtectedHeader({ alg, typ, kid: caller.kid }).setIssuer('billing').setAudience('orders').setIssuedAt(iat).setExpirationTime(iat + lifetime).setJti(randomUUID()).sign(caller.privateKey);
  };
  return { caller, server, keysForServer, sign };
}
