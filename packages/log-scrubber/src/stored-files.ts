import { isGivenName } from './given-names.js';

// A stored file's address: an object-store or web URL (`s3://bucket/…`, `gs://…`, `https://cdn/…`)
// or an absolute path, with no userinfo, query or fragment (a presigned URL's query is a credential
// and is left to the rules that read it).
const STORED_FILE = /^(?:[a-z][a-z0-9+.-]{1,15}:\/\/[a-z0-9][a-z0-9.-]{0,252}(?::\d{1,5})?)?((?:\/[\w.-]{1,80}){1,12})$/i;
// The file's own name as storage services generate it: a UUID, a content hash, a long random key
// mixing letters and digits; then its extensions.
const GENERATED_STEM = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,128}|(?=[a-z]{0,40}\d)(?=\d{0,40}[a-z])[a-z0-9]{20,64})(?:\.[a-z0-9]{1,5}){0,2}$/i;
// Shard prefixes and dated directories (`/4f/`, `/2026/11/`), other ids, and directory words.
const DIRECTORY = /^(?:[0-9a-f]{1,64}|\d{1,12}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z][a-z0-9]{0,30}(?:[-_.][a-z0-9]{1,30}){0,3})$/i;

/**
 * Whether `value` is the address of a stored file whose name and directories are generated ids
 * (`s3://proof-images/4f/<uuid>.jpg`, a delivery photo, a scanned signature): it says where a blob
 * lies, not who it shows, and stays even under a person's or a mailbox's key. A name in the path
 * (`/photos/jane-doe.jpg`, `/users/jane-doe/<uuid>.jpg`) or a mailbox makes it the person's.
 */
export function generatedFilePath(value: string): boolean {
  if (value.length > 400 || value.includes('@')) return false;
  const path = STORED_FILE.exec(value)?.[1];
  if (path === undefined) return false;
  const segments = path.slice(1).split('/');
  const file = segments.pop()!;
  if (!GENERATED_STEM.test(file)) return false;
  return segments.every((s) => DIRECTORY.test(s) && !namedSegment(s));
}

/**
 * Whether a path or URL (its host aside) files what it points at under a person's name
 * (`/avatars/jane.doe/default.png`): a directory named as {@link namedSegment} says.
 */
export function pathUnderName(value: string): boolean {
  const path = value.replace(/^[a-z][a-z0-9+.-]{1,15}:\/\/[^/]*/i, '');
  const segments = path.split('/');
  segments.pop();
  return segments.some(namedSegment);
}

/** `jane-doe`, `jane.doe`, `Jane_Doe`: a directory named after a person, its first word a given name. */
export function namedSegment(segment: string): boolean {
  const words = segment.split(/[-_.]/);
  if (words.length < 2 || words.length > 3) return false;
  const first = words[0]!;
  return /^[a-z]{2,20}$/i.test(first) && isGivenName(first.charAt(0).toUpperCase() + first.slice(1).toLowerCase());
}
