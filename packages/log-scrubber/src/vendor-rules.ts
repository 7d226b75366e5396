/**
 * One vendor credential format. Rules are data so that the scanner can gate all of them with a
 * single keyword pass: a rule's pattern runs only on strings that contain one of its keywords.
 */
export interface VendorRule {
  /** Stable name of the format (`github-pat`, `stripe-secret-key`). */
  readonly id: string;
  /** The format. Only the `i` flag is honoured; the scanner adds `g` and `d`. */
  readonly pattern: RegExp;
  /** Literals (matched case-insensitively) of which one must occur for the pattern to run. */
  readonly keywords: readonly string[];
  /** Minimum Shannon entropy (bits per character) of the secret: rejects words and repeated filler. @default 0 */
  readonly entropy?: number;
  /** Capture group holding the secret. @default the first non-empty group, else the whole match */
  readonly group?: number;
}

// A token neither starts nor ends inside a longer run of token characters: `xghp_…` or a
// base64 blob that merely contains `AKIA` is not the vendor's format.
const START = '(?<![A-Za-z0-9_-])';
const END = '(?![A-Za-z0-9_-])';

/** A format that announces itself with a literal prefix (`ghp_`, `glpat-`, `AKIA`). */
function prefixed(id: string, keywords: readonly string[], body: string, entropy?: number, flags = ''): VendorRule {
  return { id, keywords, pattern: new RegExp(`${START}(${body})${END}`, flags), ...(entropy === undefined ? {} : { entropy }) };
}

/**
 * A format without a prefix of its own (32 hex characters, 40 base64 characters): it counts only
 * within a few words after the vendor's name (`TWILIO_AUTH_TOKEN=…`, `"datadog": {"apiKey": …}`,
 * `cloudflare token …`) or right before it in parentheses (`… (Heroku API key)`), and only when it
 * looks random enough.
 */
function named(id: string, keywords: readonly string[], lead: string, value: string, entropy: number): VendorRule {
  // Also named right after the value, in parentheses or brackets: `e73b0050-… (Heroku API key)`.
  const pattern = new RegExp(
    `(?:${lead})[^\\n\\r]{0,40}?(?<![A-Za-z0-9_+/-])(${value})(?![A-Za-z0-9_+/-])` +
      `|(?<![A-Za-z0-9_+/-])(${value})[ \\t]{0,3}[([][ \\t]{0,3}(?:${lead})`,
    'i',
  );
  return { id, keywords, pattern, entropy };
}

const HEX32 = '[0-9a-f]{32}';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

// Access key ids (AKIA), temporary ones (ASIA) and the other IAM unique-id prefixes.
const AWS_KEY_ID_PREFIXES = ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'AGPA', 'AIDA', 'AIPA', 'ANPA', 'ANVA', 'AROA', 'APKA'];

const CLOUD: readonly VendorRule[] = [
  prefixed('aws-access-key-id', [...AWS_KEY_ID_PREFIXES, 'A3T'], `(?:${AWS_KEY_ID_PREFIXES.join('|')}|A3T[A-Z0-9])[A-Z0-9]{16}`, 3),
  named('aws-secret-access-key', ['aws', 'secret_access_key', 'secretaccesskey'], String.raw`aws|secret_?access_?key`, '[A-Za-z0-9/+]{40}', 4.3),
  named('aws-session-token', ['session_token', 'sessiontoken', 'x-amz-security-token'], String.raw`session_?token|x-amz-security-token`, '[A-Za-z0-9/+]{100,1200}={0,2}', 4.5),
  prefixed('gcp-api-key', ['aiza'], String.raw`AIza[\w-]{35}`, 3.5),
  { id: 'gcp-service-account-key-id', keywords: ['private_key_id'], pattern: /private_key_id\\?["']?\s*[:=]\s*\\?["']?([0-9a-f]{40})(?![0-9a-z])/i, entropy: 3 },
  prefixed('gcp-oauth-client-secret', ['gocspx-'], String.raw`GOCSPX-[\w-]{28}`, 3.5),
  prefixed('google-oauth-access-token', ['ya29.'], String.raw`ya29\.[\w-]{20,2048}`, 3.5),
  prefixed('google-oauth-refresh-token', ['1//0'], String.raw`1//0[\w-]{40,512}`, 3.5),
  { id: 'azure-storage-account-key', keywords: ['accountkey='], pattern: /AccountKey=([A-Za-z0-9+/]{40,100}={0,2})/i, entropy: 4 },
  { id: 'azure-shared-access-key', keywords: ['sharedaccesskey='], pattern: /SharedAccessKey=([A-Za-z0-9+/]{30,100}={0,2})/i, entropy: 4 },
  { id: 'azure-sas-signature', keywords: ['sig='], pattern: /[?&;]sig=([A-Za-z0-9%+/]{30,200}(?:%3D|=){0,2})/i, entropy: 3.5 },
  prefixed('azure-ad-client-secret', ['q~'], String.raw`[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}`, 3.5),
  named('azure-client-secret', ['client_secret', 'clientsecret', 'client-secret'], String.raw`client[_-]?secret`, String.raw`[A-Za-z0-9_~.-]{32,48}`, 4),
  named('azure-devops-pat', ['azure_devops', 'azure devops', 'ado_pat', 'azdo'], String.raw`azure[_ ]devops|ado_pat|azdo`, '[a-z2-7]{52}', 3.8),
  prefixed('digitalocean-pat', ['dop_v1_'], 'dop_v1_[a-f0-9]{64}', 3),
  prefixed('digitalocean-oauth-token', ['doo_v1_'], 'doo_v1_[a-f0-9]{64}', 3),
  prefixed('digitalocean-refresh-token', ['dor_v1_'], 'dor_v1_[a-f0-9]{64}', 3),
  prefixed('alibaba-access-key-id', ['ltai'], 'LTAI[A-Za-z0-9]{12,20}', 3),
  named('alibaba-access-key-secret', ['alibaba', 'aliyun', 'accesskeysecret'], 'alibaba|aliyun|access_?key_?secret', '[A-Za-z0-9]{30}', 4),
  prefixed('tencent-secret-id', ['akid'], 'AKID[A-Za-z0-9]{13,40}', 3.5),
  prefixed('yandex-api-key', ['aqvn'], String.raw`AQVN[\w-]{35,38}`, 3.5),
  prefixed('yandex-oauth-token', ['y0_'], String.raw`y0_[\w-]{55}`, 3.5),
  named('yandex-access-key', ['yandex'], 'yandex', String.raw`YC[\w-]{38}`, 3.5),
  named('cloudflare-api-token', ['cloudflare', 'cf_api', 'cf-api'], 'cloudflare|cf[_-]api', String.raw`[\w-]{40}`, 4),
  named('cloudflare-global-api-key', ['cloudflare', 'x-auth-key'], 'cloudflare|x-auth-key', '[a-f0-9]{37}', 3),
  prefixed('cloudflare-origin-ca-key', ['v1.0-'], String.raw`v1\.0-[a-f0-9]{24}-[a-f0-9]{146}`, 3),
  named('heroku-api-key', ['heroku'], String.raw`heroku[\w .-]{0,20}(?:key|token)`, UUID, 3),
  prefixed('heroku-api-key-v2', ['hrku-'], String.raw`HRKU-AA[\w-]{58}`, 3.5),
  prefixed('fly-token', ['fo1_'], String.raw`fo1_[\w-]{43}`, 3.5),
  prefixed('fly-macaroon', ['fm1a_', 'fm1r_', 'fm2_'], String.raw`(?:fm1[ar]|fm2)_[A-Za-z0-9+/=]{100,4096}`, 4),
  named('netlify-token', ['netlify'], 'netlify', String.raw`[\w-]{40,46}`, 4),
  prefixed('netlify-pat', ['nfp_'], 'nfp_[A-Za-z0-9]{36,40}', 3.5),
  named('vercel-token', ['vercel'], 'vercel', '[A-Za-z0-9]{24}', 3.8),
  prefixed('supabase-pat', ['sbp_'], 'sbp_[a-f0-9]{40}', 3),
  prefixed('supabase-secret-key', ['sb_secret_'], String.raw`sb_secret_[\w-]{31,64}`, 3.5),
  prefixed('pulumi-token', ['pul-'], 'pul-[a-f0-9]{40}', 3),
  prefixed('terraform-cloud-token', ['atlasv1'], String.raw`[A-Za-z0-9]{14}\.atlasv1\.[\w=-]{60,70}`, 3.5),
  prefixed('vault-service-token', ['hvs.'], String.raw`hvs\.[\w-]{24,300}`, 3.5),
  prefixed('vault-batch-token', ['hvb.'], String.raw`hvb\.[\w-]{24,400}`, 3.5),
  prefixed('vault-recovery-token', ['hvr.'], String.raw`hvr\.[\w-]{24,300}`, 3.5),
  prefixed('databricks-token', ['dapi'], 'dapi[a-f0-9]{32}(?:-\\d)?', 3),
  prefixed('openshift-token', ['sha256~'], String.raw`sha256~[\w-]{43}`, 3.5),
  prefixed('dynatrace-token', ['dt0c01.'], String.raw`dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}`, 3.5),
  // Bedrock API keys: long-lived ones are `ABSK` and base64; short-lived ones a presigned request
  // whose base64 starts with the service's host name.
  prefixed('aws-bedrock-api-key', ['absk'], 'ABSK[A-Za-z0-9+/]{109,269}={0,2}', 3),
  prefixed('aws-bedrock-short-lived-key', ['bedrock-api-key-'], 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%]{0,4096}', 3),
  prefixed('tailscale-key', ['tskey-'], 'tskey-(?:api|auth|client|webhook|scim)-[A-Za-z0-9]{6,20}-[A-Za-z0-9]{20,64}', 3.5),
];

const SOURCE_CONTROL_AND_PACKAGES: readonly VendorRule[] = [
  prefixed('github-pat', ['ghp_'], 'ghp_[A-Za-z0-9]{36}', 3),
  prefixed('github-oauth-token', ['gho_'], 'gho_[A-Za-z0-9]{36}', 3),
  prefixed('github-user-to-server-token', ['ghu_'], 'ghu_[A-Za-z0-9]{36}', 3),
  prefixed('github-server-to-server-token', ['ghs_'], 'ghs_[A-Za-z0-9]{36}', 3),
  prefixed('github-refresh-token', ['ghr_'], 'ghr_[A-Za-z0-9]{36,76}', 3),
  prefixed('github-fine-grained-pat', ['github_pat_'], 'github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}', 3),
  prefixed('gitlab-pat', ['glpat-'], String.raw`glpat-[\w-]{20,64}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,12})?`, 3),
  prefixed('gitlab-deploy-token', ['gldt-'], String.raw`gldt-[\w-]{20,64}`, 3),
  prefixed('gitlab-runner-token', ['glrt-'], String.raw`glrt-[\w-]{20,64}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,12})?`, 3),
  prefixed('gitlab-pipeline-trigger-token', ['glptt-'], 'glptt-[0-9a-f]{40}', 3),
  prefixed('gitlab-feed-token', ['glft-'], String.raw`glft-[\w-]{20,64}`, 3),
  prefixed('gitlab-incoming-mail-token', ['glimt-'], String.raw`glimt-[\w-]{25,64}`, 3),
  prefixed('gitlab-scim-token', ['glsoat-'], String.raw`glsoat-[\w-]{20,64}`, 3),
  prefixed('gitlab-ci-job-token', ['glcbt-'], String.raw`glcbt-(?:[0-9a-f]{1,5}_)?[\w-]{20,64}`, 3),
  prefixed('gitlab-oauth-app-secret', ['gloas-'], String.raw`gloas-[\w-]{64}`, 3),
  prefixed('gitlab-agent-token', ['glagent-'], String.raw`glagent-[\w-]{50,64}`, 3),
  prefixed('gitlab-feature-flag-client-token', ['glffct-'], String.raw`glffct-[\w-]{20,64}`, 3),
  prefixed('gitlab-runner-registration-token', ['gr1348941'], String.raw`GR1348941[\w-]{20,64}`, 3),
  prefixed('bitbucket-app-password', ['atbb'], String.raw`ATBB[A-Za-z0-9_=.-]{32,}`, 3.5),
  prefixed('atlassian-api-token', ['atatt3'], String.raw`ATATT3[\w=-]{150,250}`, 4),
  prefixed('atlassian-admin-api-key', ['atctt3'], String.raw`ATCTT3[\w=-]{150,250}`, 4),
  // Instance-bound tokens carry the instance id (or `local`) between the prefix and the secret; either half may be upper-case hex.
  prefixed('sourcegraph-token', ['sgp_'], 'sgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40}', 3, 'i'),
  named('sourcegraph-legacy-token', ['sourcegraph'], 'sourcegraph', '[a-f0-9]{40}', 3),
  prefixed('buildkite-token', ['bkua_'], 'bkua_[a-f0-9]{40}', 3),
  prefixed('circleci-pat', ['ccipat_'], 'CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}', 3.5),
  // Bundler reads a gem server's `user:password` from `BUNDLE_<HOST>` (dots of the host written `__`).
  { id: 'bundler-host-credentials', keywords: ['bundle_'], pattern: /BUNDLE_(?:[A-Z0-9-]{1,40}__){1,6}[A-Z0-9-]{1,40}["']?[ \t]{0,3}[:=][ \t]{0,3}["']?([^\s"':]{1,128}:[^\s"';&]{1,256})/i },
  prefixed('npm-token', ['npm_'], 'npm_[A-Za-z0-9]{36}', 3),
  prefixed('pypi-token', ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'], String.raw`pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[\w-]{50,1000}`, 3.5),
  prefixed('rubygems-token', ['rubygems_'], 'rubygems_[a-f0-9]{48}', 3),
  prefixed('clojars-token', ['clojars_'], 'CLOJARS_[a-z0-9]{60}', 3),
  prefixed('dockerhub-token', ['dckr_pat_', 'dckr_oat_'], String.raw`dckr_(?:pat|oat)_[\w-]{27,40}`, 3.5),
  prefixed('jfrog-api-key', ['akcp'], 'AKCp[A-Za-z0-9]{69}', 3.5),
  prefixed('jfrog-identity-token', ['cmvmdgtu'], 'cmVmdGtu[A-Za-z0-9]{56}', 3.5),
  prefixed('prefect-token', ['pnu_'], 'pnu_[A-Za-z0-9]{36}', 3.5),
  prefixed('readme-api-key', ['rdme_'], 'rdme_[a-z0-9]{70}', 3.5),
  prefixed('postman-api-key', ['pmak-'], 'PMAK-[a-f0-9]{24}-[a-f0-9]{34}', 3, 'i'),
  // `ico-` and 32 hex digits is a content hash after a favicon's name (`box.ico-<md5>.png`), not a key.
  prefixed('infracost-api-key', ['ico-'], 'ico-(?![0-9a-f]{32}(?![A-Za-z0-9]))[A-Za-z0-9]{32}', 3.5),
];

const MESSAGING: readonly VendorRule[] = [
  prefixed('slack-bot-token', ['xoxb-'], '(?:xoxe\\.)?xoxb-[0-9]{8,13}-(?:[0-9]{8,13}-)?[A-Za-z0-9-]{20,200}', 3),
  prefixed('slack-user-token', ['xoxp-', 'xoxe-'], '(?:xoxe\\.)?xox[pe]-[0-9]{1,13}-[A-Za-z0-9-]{20,250}', 3),
  // Every Slack token goes on with a digit after its prefix; `xoxo-` followed by a word is a hug in a file name.
  prefixed('slack-legacy-token', ['xoxa-', 'xoxo-', 'xoxr-', 'xoxs-'], String.raw`xox[aors]-\d[A-Za-z0-9-]{9,249}`, 3),
  prefixed('slack-app-token', ['xapp-'], 'xapp-[0-9]-[A-Z0-9]{6,16}-[0-9]{6,16}-[a-f0-9]{32,80}', 3, 'i'),
  // `services/T<team>/B<integration>/<secret>`: only the last segment authorises a post; the ids
  // say which workspace and integration were called. Other webhook kinds go whole.
  {
    id: 'slack-webhook-url',
    keywords: ['hooks.slack.com'],
    pattern: /(?:https?:\/\/)?hooks\.slack\.com\/(?:services\/T[A-Z0-9]{6,16}\/B[A-Z0-9]{6,16}\/([A-Za-z0-9]{20,64})(?![\w/+-])|(?:services|workflows|triggers)\/[\w/+-]{20,256})/,
    entropy: 3,
  },
  { id: 'discord-webhook-url', keywords: ['discord.com/api/webhooks', 'discordapp.com/api/webhooks'], pattern: /(?:https?:\/\/)?(?:\w+\.)?discord(?:app)?\.com\/api\/webhooks\/\d{5,25}\/[\w-]{20,128}/i, entropy: 3 },
  named('discord-bot-token', ['discord'], 'discord', String.raw`[MNO][A-Za-z0-9_-]{23,27}\.[\w-]{6}\.[\w-]{27,40}`, 4),
  // A Teams incoming webhook is `webhookb2/<group>@<tenant>/IncomingWebhook/<32 hex>/<owner>[/V2<signature>]`:
  // without the 32-hex id (and the signature of a V2 URL) nobody can post, and the directory ids
  // around it say which team was called. Other shapes of the URL are removed whole.
  {
    id: 'teams-webhook-url',
    keywords: ['webhook.office.com'],
    pattern: new RegExp(
      String.raw`(?:https?:\/\/)?[\w-]+\.webhook\.office\.com\/webhookb2\/${UUID}@${UUID}\/IncomingWebhook\/([0-9a-f]{32}(?:\/${UUID}\/V2[\w-]{20,400})?)(?![\w-])` +
        String.raw`|(?:https?:\/\/)?[\w-]+\.webhook\.office\.com\/webhookb2\/[\w@/-]{60,400}`,
      'i',
    ),
    entropy: 3,
  },
  { id: 'google-chat-webhook-url', keywords: ['chat.googleapis.com'], pattern: /chat\.googleapis\.com\/v1\/spaces\/[\w-]+\/messages\?key=[\w-]+&token=[\w%=-]+/i, entropy: 3 },
  { id: 'zapier-webhook-url', keywords: ['hooks.zapier.com'], pattern: /hooks\.zapier\.com\/hooks\/catch\/\d+\/[a-z0-9]{5,}\/?/i, entropy: 2.5 },
  // The Bot API puts the token in the path right after `bot` (`/bot<id>:<secret>/sendMessage`).
  { id: 'telegram-bot-token', keywords: [':aa'], pattern: new RegExp(String.raw`(?:${START}|(?<=/bot))([0-9]{8,10}:AA[\w-]{33})${END}`), entropy: 3.5 },
  prefixed('sendgrid-api-key', ['sg.'], String.raw`SG\.[\w-]{22}\.[\w-]{43}`, 3.5),
  // `SK` + 32 hex is distinctive enough on its own: API key SIDs are logged bare ("rotated SK…").
  prefixed('twilio-api-key', ['sk'], 'SK[0-9a-fA-F]{32}', 3),
  named('twilio-auth-token', ['twilio'], String.raw`twilio[\w .-]{0,20}(?:auth|token|secret)`, HEX32, 3),
  prefixed('mailgun-api-key', ['key-'], 'key-[0-9a-f]{32}', 3),
  prefixed('mailgun-public-key', ['pubkey-'], 'pubkey-[0-9a-f]{32}', 3),
  named('mailgun-signing-key', ['mailgun'], 'mailgun', '[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}', 3),
  prefixed('mailchimp-api-key', ['-us'], '[0-9a-f]{32}-us[0-9]{1,2}', 3),
  named('intercom-access-token', ['intercom'], 'intercom', String.raw`[A-Za-z0-9+/=_-]{59,64}`, 4),
  named('zendesk-api-token', ['zendesk'], 'zendesk', '[A-Za-z0-9]{40}', 4),
];

const PAYMENTS: readonly VendorRule[] = [
  prefixed('stripe-secret-key', ['sk_live_', 'sk_test_', 'sk_prod_'], 'sk_(?:live|test|prod)_[A-Za-z0-9]{10,247}', 3),
  prefixed('stripe-restricted-key', ['rk_live_', 'rk_test_', 'rk_prod_'], 'rk_(?:live|test|prod)_[A-Za-z0-9]{10,247}', 3),
  // Chargebee site API keys: `live_`/`test_` and 32 or more letters and digits, no further `_`.
  prefixed('chargebee-api-key', ['live_', 'test_'], '(?:live|test)_(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{28,48}', 3.5),
  prefixed('stripe-webhook-secret', ['whsec_'], 'whsec_[A-Za-z0-9+/=]{24,128}', 3),
  // Razorpay's key id is the user half of the Basic-auth pair (`rzp_live_…:<key secret>`); like
  // other key pairs that authenticate together, both halves go.
  prefixed('razorpay-key-id', ['rzp_live_', 'rzp_test_'], 'rzp_(?:live|test)_[A-Za-z0-9]{14,24}', 3),
  prefixed('square-access-token', ['eaaa', 'sq0atp-'], String.raw`(?:EAAA[\w-]{60}|sq0atp-[\w-]{22})`, 3.5),
  prefixed('square-oauth-secret', ['sq0csp-'], String.raw`sq0csp-[\w-]{43}`, 3.5),
  { id: 'braintree-access-token', keywords: ['access_token$'], pattern: /access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}/, entropy: 3 },
  // An app access token is the app id and the app secret joined by `|`.
  named('facebook-app-access-token', ['facebook'], 'facebook', String.raw`\d{15,16}(?:\||%7C)[\w-]{27,40}`, 3),
  prefixed('facebook-access-token', ['eaac', 'eaag', 'eaai', 'eaam', 'eaau'], 'EAA[CGIMU][A-Za-z0-9]{50,400}', 4),
  prefixed('shopify-access-token', ['shpat_'], 'shpat_[a-fA-F0-9]{32}', 3),
  prefixed('shopify-custom-app-token', ['shpca_'], 'shpca_[a-fA-F0-9]{32}', 3),
  prefixed('shopify-private-app-token', ['shppa_'], 'shppa_[a-fA-F0-9]{32}', 3),
  prefixed('shopify-shared-secret', ['shpss_'], 'shpss_[a-fA-F0-9]{32}', 3),
  prefixed('shippo-token', ['shippo_'], 'shippo_(?:live|test)_[a-f0-9]{40}', 3),
  prefixed('flutterwave-secret-key', ['flwseck'], 'FLWSECK(?:_TEST)?-[a-h0-9]{32}-X', 3),
  prefixed('easypost-api-key', ['ezak', 'eztk'], 'EZ[AT]K[A-Za-z0-9]{54}', 3.5),
  prefixed('duffel-token', ['duffel_'], String.raw`duffel_(?:test|live)_[\w=-]{43}`, 3.5),
  { id: 'plaid-access-token', keywords: ['access-sandbox-', 'access-development-', 'access-production-'], pattern: new RegExp(`access-(?:sandbox|development|production)-${UUID}`), entropy: 3 },
];

const AI_AND_SAAS: readonly VendorRule[] = [
  prefixed('openai-project-key', ['sk-proj-'], String.raw`sk-proj-[\w-]{40,250}`, 4),
  prefixed('openai-service-account-key', ['sk-svcacct-'], String.raw`sk-svcacct-[\w-]{40,250}`, 4),
  prefixed('openai-admin-key', ['sk-admin-'], String.raw`sk-admin-[\w-]{40,250}`, 4),
  prefixed('openai-legacy-key', ['t3blbkfj'], 'sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}', 3.5),
  prefixed('anthropic-api-key', ['sk-ant-api'], String.raw`sk-ant-api\d\d-[\w-]{80,120}`, 4),
  prefixed('anthropic-admin-key', ['sk-ant-admin'], String.raw`sk-ant-admin\d\d-[\w-]{80,120}`, 4),
  prefixed('perplexity-api-key', ['pplx-'], 'pplx-[A-Za-z0-9]{48}', 3.5),
  prefixed('huggingface-token', ['hf_'], 'hf_[A-Za-z0-9]{34}', 3.8),
  prefixed('huggingface-org-token', ['api_org_'], 'api_org_[A-Za-z0-9]{34}', 3.8),
  prefixed('replicate-token', ['r8_'], 'r8_[A-Za-z0-9]{37}', 3.5),
  prefixed('groq-api-key', ['gsk_'], 'gsk_[A-Za-z0-9]{52}', 3.5),
  prefixed('xai-api-key', ['xai-'], 'xai-[A-Za-z0-9]{80}', 3.5),
  prefixed('pinecone-api-key', ['pcsk_'], 'pcsk_[A-Za-z0-9_]{50,90}', 3.5),
  prefixed('langsmith-api-key', ['lsv2_'], 'lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}', 3),
  named('cohere-api-key', ['cohere', 'co_api_key'], 'cohere|co_api_key', '[A-Za-z0-9]{40}', 4),
  named('mistral-api-key', ['mistral'], 'mistral', '[A-Za-z0-9]{32}', 3.8),
  named('okta-api-token', ['okta'], 'okta', String.raw`00[\w=-]{40}`, 3.8),
  prefixed('figma-pat', ['figd_'], String.raw`figd_[\w-]{40,60}`, 3.5),
  prefixed('notion-integration-token', ['secret_'], 'secret_[A-Za-z0-9]{43}', 3.8),
  prefixed('notion-token', ['ntn_'], 'ntn_[A-Za-z0-9]{40,50}', 3.5),
  prefixed('airtable-pat', ['pat'], String.raw`pat[A-Za-z0-9]{14}\.[a-f0-9]{64}`, 3),
  named('asana-pat', ['asana'], 'asana', '[0-9]/[0-9]{10,20}(?:/[0-9]{10,20})?:[a-f0-9]{32}', 3),
  prefixed('dropbox-short-lived-token', ['sl.'], String.raw`sl\.(?:u\.)?[\w-]{130,1400}`, 4),
  prefixed('dropbox-long-lived-token', ['aaaaaaaaaa'], String.raw`[a-z0-9]{11}AAAAAAAAAA[\w-]{43}`, 3.5),
  named('twitch-token', ['twitch'], 'twitch', '[a-z0-9]{30}', 3.8),
  prefixed('firebase-cloud-messaging-key', ['apa91b'], String.raw`AAAA[\w-]{7}:APA91b[\w-]{100,200}`, 4),
  // A device's registration token (`<instance id>:APA91b…`): whoever holds it with a sender's key can
  // push to that device, and it follows the install, so it is treated as a credential.
  prefixed('firebase-registration-token', ['apa91b'], String.raw`[\w-]{20,64}:APA91b[\w-]{100,300}`, 4),
  prefixed('new-relic-user-api-key', ['nrak-'], 'NRAK-[A-Z0-9]{27}', 3.5),
  prefixed('new-relic-browser-key', ['nrjs-'], 'NRJS-[a-f0-9]{19}', 3),
  prefixed('new-relic-insert-key', ['nrii-'], String.raw`NRII-[\w-]{32}`, 3.5),
  prefixed('new-relic-license-key', ['nral'], '[a-f0-9]{36}NRAL', 3),
  named('datadog-api-key', ['datadog', 'dd_api', 'dd-api', 'dd_app', 'dd-app', 'dd-application'], String.raw`(?:datadog|dd)[_ -]?(?:api|app|application)[_ -]?key|datadog`, `${HEX32}(?:[0-9a-f]{8})?`, 3),
  prefixed('grafana-service-account-token', ['glsa_'], 'glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}', 3.5),
  prefixed('grafana-cloud-token', ['glc_'], 'glc_[A-Za-z0-9+/]{32,400}={0,2}', 4),
  prefixed('grafana-api-key', ['eyjrijoi'], 'eyJrIjoi[A-Za-z0-9]{60,400}={0,2}', 4),
  prefixed('sentry-org-token', ['sntrys_'], 'sntrys_eyJ[A-Za-z0-9+/=_-]{60,400}', 4),
  prefixed('sentry-user-token', ['sntryu_'], 'sntryu_[a-f0-9]{64}', 3),
  prefixed('linear-api-key', ['lin_api_'], 'lin_api_[A-Za-z0-9]{40}', 3.5),
  prefixed('linear-oauth-token', ['lin_oauth_'], 'lin_oauth_[a-f0-9]{64}', 3),
  prefixed('doppler-token', ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'], String.raw`dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,30}\.)?[A-Za-z0-9]{40,44}`, 3.5),
  prefixed('planetscale-password', ['pscale_pw_'], String.raw`pscale_pw_[\w=.-]{32,64}`, 3.5),
  prefixed('planetscale-token', ['pscale_tkn_'], String.raw`pscale_tkn_[\w=.-]{32,64}`, 3.5),
  prefixed('planetscale-oauth-token', ['pscale_oauth_'], String.raw`pscale_oauth_[\w=.-]{32,64}`, 3.5),
  // The prefix decides: a body outside bech32 (a typo, another tool's alphabet) is still an age identity.
  prefixed('age-secret-key', ['age-secret-key-1'], 'AGE-SECRET-KEY-1[A-Z0-9]{58}', 3.5),
  prefixed('adafruit-io-key', ['aio_'], 'aio_[A-Za-z0-9]{28}', 3.5),
  prefixed('frameio-token', ['fio-u-'], String.raw`fio-u-[\w=-]{64}`, 3.5),
  prefixed('typeform-token', ['tfp_'], String.raw`tfp_[\w=.-]{40,70}`, 3.5),
  prefixed('contentful-pat', ['cfpat-'], String.raw`CFPAT-[\w-]{43}`, 3.5),
  prefixed('mapbox-secret-token', ['sk.eyj'], String.raw`sk\.eyJ[\w-]{40,}\.[\w-]{20,}`, 4),
  // The account Secret Key that, with the master password, derives the vault key.
  prefixed('onepassword-secret-key', ['a3-'], 'A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}', 3.8),
  prefixed('onepassword-service-account-token', ['ops_eyj'], 'ops_eyJ[A-Za-z0-9+/=_-]{250,}', 4),
  prefixed('hubspot-pat', ['pat-na', 'pat-eu'], `pat-(?:na|eu)[0-9]-${UUID}`, 3),
  named('algolia-api-key', ['algolia'], 'algolia', HEX32, 3),
  prefixed('adobe-client-secret', ['p8e-'], 'p8e-[a-z0-9]{32}', 2, 'i'),
  prefixed('intra42-client-secret', ['s-s4t2ud-', 's-s4t2af-'], 's-s4t2(?:ud|af)-[a-f0-9]{64}', 3, 'i'),
  prefixed('harness-pat', ['pat.'], String.raw`pat\.[\w-]{22}\.[0-9a-f]{24}\.[A-Za-z0-9]{20}`, 3.5),
  prefixed('scalingo-token', ['tk-us-'], String.raw`tk-us-[\w-]{48}`, 3.5),
  prefixed('render-api-key', ['rnd_'], 'rnd_[A-Za-z0-9]{32}', 3.5),
  prefixed('nuget-api-key', ['oy2'], 'oy2[a-z0-9]{43}', 3.5),
  prefixed('brevo-api-key', ['xkeysib-'], 'xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}', 3.5),
];

// Password hashes in crypt(3) and framework formats (`/etc/shadow`, htpasswd, bcrypt columns,
// Django, Cisco type 5/8/9): whoever has one can run an offline guessing attack on the password.
const PASSWORD_HASHES: readonly VendorRule[] = [
  prefixed(
    'crypt-password-hash',
    ['$1$', '$2a$', '$2b$', '$2x$', '$2y$', '$5$', '$6$', '$7$', '$8$', '$9$', '$apr1$', '$y$', '$gy$', '$argon2', '$scrypt$', '$pbkdf2'],
    String.raw`\$(?:1|2[abxy]|5|6|7|8|9|apr1|y|gy|argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha\d{1,3})?)\$(?:[A-Za-z0-9./+=$-]|,(?=[A-Za-z0-9])){20,512}`,
    3,
  ),
  // MySQL `mysql_native_password`: `*` and the SHA1(SHA1(pw)) in hex, one case. The star is part of
  // the format, so a bare SHA-1 (a commit id) is not taken; the keywords are the star with a hex digit.
  prefixed('mysql-native-password-hash', [...'0123456789abcdef'].map((c) => `*${c}`), String.raw`\*(?:[0-9A-F]{40}|[0-9a-f]{40})`, 3),
  prefixed('django-password-hash', ['pbkdf2_sha', 'argon2$', 'bcrypt_sha256$'], String.raw`(?:pbkdf2_sha(?:1|256)\$\d{4,7}|bcrypt_sha256|argon2)\$(?:[A-Za-z0-9./+=$-]|,(?=[A-Za-z0-9])){30,512}`, 3),
];

// Key material of clients and wallets that has a format of its own.
const KEY_FILES: readonly VendorRule[] = [
  // BIP32 extended private keys (mainnet `xprv`, testnet `tprv`, SegWit `yprv`/`zprv`): base58check, 111 characters.
  prefixed('bip32-extended-private-key', ['xprv', 'tprv', 'yprv', 'zprv'], '[xtyz]prv[1-9A-HJ-NP-Za-km-z]{100,112}', 4),
  // BitLocker recovery passwords: eight groups of six digits, each a multiple of 11.
  {
    id: 'bitlocker-recovery-password',
    keywords: ['recovery', 'bitlocker'],
    pattern: /(?<![\d-])((?:\d{6}-){7}\d{6})(?![\d-])/,
  },
  // PuTTY `.ppk` files: the private blob is the base64 lines after `Private-Lines: N` (and the MAC).
  {
    id: 'putty-private-key',
    keywords: ['private-lines:'],
    pattern: /Private-Lines:[ \t]*\d{1,3}\r?\n((?:[A-Za-z0-9+/=]{4,128}\r?\n){0,63}[A-Za-z0-9+/=]{4,128})/,
    entropy: 3.5,
  },
];

/** Vendor credential formats with a prefix, a structure or a vendor name in front that identifies them. */
export const VENDOR_RULES: readonly VendorRule[] = [
  ...CLOUD,
  ...SOURCE_CONTROL_AND_PACKAGES,
  ...MESSAGING,
  ...PAYMENTS,
  ...AI_AND_SAAS,
  ...PASSWORD_HASHES,
  ...KEY_FILES,
];
