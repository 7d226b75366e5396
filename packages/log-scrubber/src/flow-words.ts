/**
 * The words of the flows that mail a one-use credential link: password reset, magic sign-in,
 * invitation, e-mail verification or confirmation, activation, unlock, account recovery,
 * passwordless sign-in, claiming an account or a gift. Whoever holds such a link acts as the
 * account it was mailed to, so the token it carries is a credential wherever the link is logged.
 *
 * The link shows up in three places, each read by its own detector:
 * - a key that names it (`resetUrl`, `magic_link`, `inviteHref`) — key-names.ts;
 * - a query parameter named by the flow alone (`?invite=…`), or a one- or two-letter parameter
 *   of a link whose path names the flow (`/auth/verify?t=…`) — key-names.ts, carried-secrets.ts;
 * - a path segment after a flow word (`/reset-password/<token>`) — credential-links.ts.
 *
 * This module is the one list of those words; each placement takes it whole and adds or removes
 * only where the placement reads a word differently, as said beside each set below.
 */

/** The flow words every placement shares. */
export const FLOW_WORDS = [
  'reset', 'magic', 'invite', 'invitation', 'verify', 'verification', 'confirm', 'confirmation',
  'activate', 'activation', 'unlock', 'recover', 'recovery', 'passwordless', 'claim',
] as const;

// Sign-in: a magic sign-in link is a credential (`loginUrl`, `/login?t=…`), but the word is also
// the name of an ordinary page and a flag or a user name in a query (`?login=true`, `?login=jdoe`),
// and a sign-in path goes on with a tenant, provider or step (`/signin/v2/identifier`), not a token.
const SIGN_IN_WORDS = ['login', 'signin'] as const;

// `/invitations/accept?t=…`, `/invites/<token>`: an invitation's link may sit under the plural
// collection path. Only for invitations: `/claims/<id>` is an insurance claim, not a link token.
const PLURAL_PATH_WORDS = ['invites', 'invitations'] as const;

/**
 * Words of a key name before its link word (`resetUrl`, `magicLinkHref`, `loginLink`): the key
 * names the link, so a sign-in word counts — a page's plain address has no token to lose.
 * (`passwordlessUrl` never gets here: its `password` word makes the whole value a secret.)
 */
export const KEY_FLOW_WORDS: ReadonlySet<string> = new Set<string>([...FLOW_WORDS, ...SIGN_IN_WORDS, 'magiclink']);

/**
 * Normalised query-parameter names that carry the flow's token under the flow's own name
 * (`?invite=…`, `?magicLink=…`). Sign-in words stay out: `?login=true` is a page flag and
 * `?login=jdoe` a user name.
 */
export const FLOW_PARAMETERS: ReadonlySet<string> = new Set<string>([...FLOW_WORDS, 'magiclink']);

// Endpoints of authentication that are no mailed flow but put a short-lived credential under a
// short query parameter all the same (an OAuth or SSO callback's code, an OTP link). They count
// only in a link's path: `callbackUrl` or `ssoUrl` under a key is a configured address, not a token.
const AUTH_ENDPOINT_WORDS = ['auth', 'oauth2?', 'sso', 'callback', 'otp'] as const;

/**
 * A path word of a link whose one- or two-letter query parameter is the token (`/auth/verify?t=…`,
 * `/password-reset?tk=…`), delimited by `/`, `_`, `.`, `-` or the path's ends.
 */
export const AUTH_LINK_PATH = new RegExp(
  String.raw`(?:^|[/_.-])(?:${[
    ...FLOW_WORDS,
    ...PLURAL_PATH_WORDS,
    'magiclink',
    'sign-?in',
    'log-?in',
    ...AUTH_ENDPOINT_WORDS,
  ].join('|')})(?=$|[/_.-])`,
  'i',
);

// The compound forms a flow's segment takes (`reset-password`, `password_reset`, `magic-link`,
// `verify-email`); a word not listed stands alone.
const SEGMENT_FORMS: Partial<Record<(typeof FLOW_WORDS)[number], string>> = {
  reset: String.raw`(?:password[-_]?)?reset(?:[-_]?password)?`,
  magic: String.raw`magic(?:[-_]?link)?`,
  invite: 'invites?',
  invitation: 'invitations?',
  verify: String.raw`verify(?:[-_]?email)?`,
  confirm: String.raw`confirm(?:[-_]?email)?`,
};

/**
 * A path segment that announces the token in the segment after it (`/reset-password/<token>`,
 * `/invitations/accept/<token>`). `accept` is the verb of an invitation's link and counts here
 * only; sign-in words do not (see SIGN_IN_WORDS).
 */
export const FLOW_SEGMENT = new RegExp(`^(?:${[...FLOW_WORDS.map((w) => SEGMENT_FORMS[w] ?? w), 'accept'].join('|')})$`, 'i');

/**
 * Cheap test before the segment scan of free text: a URL whose path holds a flow word. `accept`
 * alone does not open the scan; it follows an invitation's word.
 */
export const FLOW_PATH_HINT = new RegExp(String.raw`:\/\/[^\s/]{1,253}\/[^\s]{0,200}?(?:${FLOW_WORDS.join('|')})`, 'i');

/**
 * A mail job whose template or subject names a flow (`template=magic-link-v4`,
 * `subject="Reset your password"`, `"template_id":"verify_email"`): its plain `link`, `url` or
 * `href` is the flow's link, so an opaque segment in it is the token. Sign-in words count here:
 * a mail about signing in carries the sign-in link.
 */
export const FLOW_MAIL = new RegExp(
  String.raw`(?:template(?:[-_]?(?:id|name))?|subject|tmpl|mail[-_]?type)["']?[ \t]*[:=][ \t]*["']?[^\s"',;&]{0,40}?(?:${[...FLOW_WORDS, ...SIGN_IN_WORDS, 'log-in', 'sign-in'].join('|')})`,
  'i',
);

/** The plain link keys of a mail job (see {@link FLOW_MAIL}). */
export const MAIL_LINK_KEYS: ReadonlySet<string> = new Set(['link', 'url', 'href', 'Link', 'URL', 'Url', 'Href']);
