/**
 * Text shaped like an e-mail address that names a program, not a person's mailbox:
 *
 * - Message identifiers written without their header (`queued <6f07efbc449b3f19@mail.example>`):
 *   a local part of hex digits or of a timestamp and a counter is generated, never chosen.
 */

const GENERATED_LOCAL = /^(?:[0-9a-f]{12,64}|[0-9a-f]{6,32}[.$-][0-9a-f]{6,32}(?:[.$-][0-9a-f]{1,32})?|\d{8,14}\.[\w.-]{2,64})$/i;

/** Whether the address at `start` in `text` is a generated message id (node names: `isNodeName`; daemons: `isServiceMailbox`). */
export function machineMailbox(text: string, start: number, address: string): boolean {
  const at = address.indexOf('@');
  const local = address.slice(0, at);
  return text.charCodeAt(start - 1) === 60 && GENERATED_LOCAL.test(local) && /\d/.test(local);
}
