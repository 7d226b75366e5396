/** Deterministic random values of vendor-secret shapes, so failures reproduce. */
export { prng as rng } from '../corpus/values.js';

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const B64 = `${ALNUM}+/`;
export const URLSAFE = `${ALNUM}-_`;
export const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
export const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';
export const LOWER_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const DIGITS = '0123456789';
export const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export type Gen = (chars: string, n: number) => string;

/** A generator of random strings over a character set, driven by `next`. */
export function generator(next: () => number): Gen {
  return (chars, n) => {
    let out = '';
    for (let i = 0; i < n; i++) out += chars[Math.floor(next() * chars.length)];
    return out;
  };
}

export function uuid(g: Gen): string {
  return `${g(HEX, 8)}-${g(HEX, 4)}-4${g(HEX, 3)}-a${g(HEX, 3)}-${g(HEX, 12)}`;
}

/** A sample of a rule's format: the text to scan and the secret in it. */
export interface Sample {
  readonly text: string;
  readonly secret: string;
  /** The secret as it would be written: with the vendor's name in front when the format needs it. */
  readonly planted: string;
  /** Text that looks close but is not the format (wrong length, no vendor name, low entropy). */
  readonly miss?: string;
}

/** Fresh samples of every vendor rule's format, keyed by rule id. */
export function vendorSamples(g: Gen): Record<string, Sample> {
  const bare = (secret: string, miss?: string): Sample => ({ text: `upstream rejected ${secret}, retrying`, secret, planted: secret, ...(miss === undefined ? {} : { miss }) });
  // Vendor-named formats: the same value without the vendor's name is a near miss.
  const after = (lead: string, secret: string, miss = `value ${secret}`): Sample => ({ text: `${lead}${secret}`, secret, planted: `${lead}${secret}`, miss });
  const hex = (n: number): string => g(HEX, n);
  const an = (n: number): string => g(ALNUM, n);
  const url = (n: number): string => g(URLSAFE, n);
  return {
    'aws-access-key-id': bare(`AKIA${g(UPPER, 16)}`, `AKIA${g(UPPER, 15)}`),
    'aws-secret-access-key': after('aws_secret_access_key=', g(B64, 40), `aws_secret_access_key=${hex(40)}`),
    'aws-session-token': after('AWS_SESSION_TOKEN=', g(B64, 300)),
    'gcp-api-key': bare(`AIza${url(35)}`, `AIza${url(30)}`),
    'gcp-service-account-key-id': after('{"type":"service_account","private_key_id":"', hex(40), `{"key_id":"${hex(40)}"}`),
    'gcp-oauth-client-secret': bare(`GOCSPX-${url(28)}`),
    'google-oauth-access-token': bare(`ya29.${url(120)}`),
    'google-oauth-refresh-token': bare(`1//0${url(100)}`),
    'azure-storage-account-key': after('DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=', `${g(B64, 86)}==`, `AccountKey=${'A'.repeat(86)}==`),
    'azure-shared-access-key': after('Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=', `${g(B64, 43)}=`),
    'azure-sas-signature': after('https://acme.blob.core.windows.net/c/b.txt?sv=2022-11-02&sp=r&sig=', `${an(43)}%3D`),
    'azure-ad-client-secret': bare(`${an(3)}8Q~${an(34)}`),
    'azure-client-secret': after('AZURE_CLIENT_SECRET=', url(40)),
    'azure-devops-pat': after('AZURE_DEVOPS_EXT_PAT=', g(BASE32, 52)),
    'digitalocean-pat': bare(`dop_v1_${hex(64)}`, `dop_v1_${hex(63)}`),
    'digitalocean-oauth-token': bare(`doo_v1_${hex(64)}`),
    'digitalocean-refresh-token': bare(`dor_v1_${hex(64)}`),
    'alibaba-access-key-id': bare(`LTAI${an(20)}`),
    'alibaba-access-key-secret': after('ALIBABA_CLOUD_ACCESS_KEY_SECRET=', an(30)),
    'tencent-secret-id': bare(`AKID${an(32)}`),
    'yandex-api-key': bare(`AQVN${url(36)}`),
    'yandex-oauth-token': bare(`y0_${url(55)}`),
    'yandex-access-key': after('yandex static key id ', `YC${url(38)}`),
    'cloudflare-api-token': after('CLOUDFLARE_API_TOKEN=', url(40)),
    'cloudflare-global-api-key': after('X-Auth-Key: ', hex(37)),
    'cloudflare-origin-ca-key': bare(`v1.0-${hex(24)}-${hex(146)}`),
    'heroku-api-key': after('HEROKU_API_KEY=', uuid(g), `heroku request id ${uuid(g)}`),
    'heroku-api-key-v2': bare(`HRKU-AA${url(58)}`),
    'fly-token': bare(`fo1_${url(43)}`),
    'fly-macaroon': bare(`fm2_${g(B64, 200)}`),
    'netlify-token': after('NETLIFY_AUTH_TOKEN=', url(43)),
    'netlify-pat': bare(`nfp_${an(36)}`),
    'vercel-token': after('VERCEL_TOKEN=', an(24)),
    'supabase-pat': bare(`sbp_${hex(40)}`),
    'supabase-secret-key': bare(`sb_secret_${url(40)}`),
    'pulumi-token': bare(`pul-${hex(40)}`),
    'terraform-cloud-token': bare(`${an(14)}.atlasv1.${url(67)}`),
    'vault-service-token': bare(`hvs.${url(90)}`, 'hvs.aaaaaaaaaaaaaaaaaaaaaaaaaaaa'),
    'vault-batch-token': bare(`hvb.${url(150)}`),
    'vault-recovery-token': bare(`hvr.${url(90)}`),
    'databricks-token': bare(`dapi${hex(32)}`, `dapi${hex(31)}`),
    'openshift-token': bare(`sha256~${url(43)}`),
    'dynatrace-token': bare(`dt0c01.${g(UPPER, 24)}.${g(UPPER, 64)}`),
    'aws-bedrock-api-key': bare(`ABSK${g(B64, 140)}`),
    'aws-bedrock-short-lived-key': bare(`bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t${g(B64, 200)}`),
    'tailscale-key': bare(`tskey-auth-${an(17)}-${an(33)}`),
    'github-pat': bare(`ghp_${an(36)}`, `ghp_${an(35)}`),
    'github-oauth-token': bare(`gho_${an(36)}`),
    'github-user-to-server-token': bare(`ghu_${an(36)}`),
    'github-server-to-server-token': bare(`ghs_${an(36)}`),
    'github-refresh-token': bare(`ghr_${an(36)}`),
    'github-fine-grained-pat': bare(`github_pat_${an(22)}_${an(59)}`),
    'gitlab-pat': bare(`glpat-${url(20)}`, `glpat-${url(19)}`),
    'gitlab-deploy-token': bare(`gldt-${url(20)}`),
    'gitlab-runner-token': bare(`glrt-${url(20)}`),
    'gitlab-pipeline-trigger-token': bare(`glptt-${hex(40)}`),
    'gitlab-feed-token': bare(`glft-${url(20)}`),
    'gitlab-incoming-mail-token': bare(`glimt-${url(25)}`),
    'gitlab-scim-token': bare(`glsoat-${url(20)}`),
    'gitlab-ci-job-token': bare(`glcbt-1_${url(20)}`),
    'gitlab-oauth-app-secret': bare(`gloas-${url(64)}`),
    'gitlab-agent-token': bare(`glagent-${url(50)}`),
    'gitlab-feature-flag-client-token': bare(`glffct-${url(20)}`),
    'gitlab-runner-registration-token': bare(`GR1348941${url(20)}`),
    'bitbucket-app-password': bare(`ATBB${an(32)}`),
    'atlassian-api-token': bare(`ATATT3${url(186)}`),
    'atlassian-admin-api-key': bare(`ATCTT3${url(186)}`),
    'sourcegraph-token': bare(`sgp_${hex(16)}_${hex(40)}`),
    'sourcegraph-legacy-token': after('SOURCEGRAPH_TOKEN=', hex(40)),
    'buildkite-token': bare(`bkua_${hex(40)}`),
    'circleci-pat': bare(`CCIPAT_${an(22)}_${hex(40)}`),
    'bundler-host-credentials': after('BUNDLE_GEMS__EXAMPLE__COM=', `${hex(8)}:${hex(8)}`, 'BUNDLE_WITHOUT=development:test'),
    'npm-token': bare(`npm_${an(36)}`, `npm_${an(35)}`),
    'pypi-token': bare(`pypi-AgEIcHlwaS5vcmc${url(150)}`),
    'rubygems-token': bare(`rubygems_${hex(48)}`),
    'clojars-token': bare(`CLOJARS_${g(LOWER, 60)}`),
    'dockerhub-token': bare(`dckr_pat_${url(27)}`),
    'jfrog-api-key': bare(`AKCp${an(69)}`),
    'jfrog-identity-token': bare(`cmVmdGtu${an(56)}`),
    'prefect-token': bare(`pnu_${an(36)}`),
    'readme-api-key': bare(`rdme_${g(LOWER, 70)}`),
    'postman-api-key': bare(`PMAK-${hex(24)}-${hex(34)}`),
    'infracost-api-key': bare(`ico-${an(32)}`, `favicon.ico-${hex(32)}.png`),
    'slack-bot-token': bare(`xoxb-${g(DIGITS, 12)}-${g(DIGITS, 13)}-${an(24)}`),
    'slack-user-token': bare(`xoxp-${g(DIGITS, 12)}-${g(DIGITS, 12)}-${g(DIGITS, 13)}-${hex(32)}`),
    'slack-legacy-token': bare(`xoxa-2-${an(40)}`, `xoxo-partytime-${an(6)}`),
    'slack-app-token': bare(`xapp-1-A${g(UPPER, 10)}-${g(DIGITS, 13)}-${hex(64)}`),
    'slack-webhook-url': (() => {
      const secret = an(24);
      const url = `https://hooks.slack.com/services/T${g(UPPER, 8)}/B${g(UPPER, 10)}/${secret}`;
      return { text: `upstream rejected ${url}, retrying`, secret, planted: url };
    })(),
    'discord-webhook-url': bare(`https://discord.com/api/webhooks/${g(DIGITS, 18)}/${url(68)}`),
    'discord-bot-token': after('DISCORD_BOT_TOKEN=', `M${an(25)}.${url(6)}.${url(38)}`),
    'teams-webhook-url': (() => {
      // Only the 32-hex webhook id is the secret: the directory ids around it stay.
      const [group, tenant, secret, owner] = [uuid(g), uuid(g), hex(32), uuid(g)];
      const url = `https://acme.webhook.office.com/webhookb2/${group}@${tenant}/IncomingWebhook/${secret}/${owner}`;
      return { text: `upstream rejected ${url}, retrying`, secret, planted: url };
    })(),
    'google-chat-webhook-url': bare(`chat.googleapis.com/v1/spaces/AAAA${an(7)}/messages?key=AIza${url(35)}&token=${url(43)}`),
    'zapier-webhook-url': bare(`hooks.zapier.com/hooks/catch/${g(DIGITS, 7)}/${g(LOWER, 6)}/`),
    'telegram-bot-token': bare(`${g(DIGITS, 10)}:AA${url(33)}`),
    'sendgrid-api-key': bare(`SG.${url(22)}.${url(43)}`, `SG.${url(22)}.${url(40)}`),
    'twilio-api-key': bare(`SK${hex(32)}`, `SK${hex(31)}`),
    'twilio-auth-token': after('TWILIO_AUTH_TOKEN=', hex(32)),
    'mailgun-api-key': bare(`key-${hex(32)}`, `key-${hex(31)}`),
    'mailgun-public-key': bare(`pubkey-${hex(32)}`),
    'mailgun-signing-key': after('MAILGUN_WEBHOOK_SIGNING_KEY=', `${hex(32)}-${hex(8)}-${hex(8)}`),
    'mailchimp-api-key': bare(`${hex(32)}-us14`),
    'intercom-access-token': after('INTERCOM_ACCESS_TOKEN=', `dG9rOj${url(53)}=`),
    'zendesk-api-token': after('ZENDESK_API_TOKEN=', an(40)),
    'stripe-secret-key': bare(`sk_live_${an(99)}`, `sk_live_${an(5)}`),
    'stripe-restricted-key': bare(`rk_live_${an(99)}`),
    'stripe-webhook-secret': bare(`whsec_${an(32)}`),
    'razorpay-key-id': bare(`rzp_live_${an(14)}`),
    'square-access-token': bare(`EAAA${url(60)}`),
    'square-oauth-secret': bare(`sq0csp-${url(43)}`),
    'braintree-access-token': bare(`access_token$production$${g(LOWER, 16)}$${hex(32)}`),
    'facebook-app-access-token': after('facebook app ', `${g(DIGITS, 16)}|${url(27)}`),
    'facebook-access-token': bare(`EAAG${an(150)}`),
    'shopify-access-token': bare(`shpat_${hex(32)}`, `shpat_${hex(31)}`),
    'shopify-custom-app-token': bare(`shpca_${hex(32)}`),
    'shopify-private-app-token': bare(`shppa_${hex(32)}`),
    'shopify-shared-secret': bare(`shpss_${hex(32)}`),
    'shippo-token': bare(`shippo_live_${hex(40)}`),
    'flutterwave-secret-key': bare(`FLWSECK_TEST-${hex(32)}-X`),
    'easypost-api-key': bare(`EZAK${g(LOWER, 54)}`),
    'duffel-token': bare(`duffel_test_${url(43)}`),
    'plaid-access-token': bare(`access-production-${uuid(g)}`),
    'openai-project-key': bare(`sk-proj-${url(156)}`),
    'openai-service-account-key': bare(`sk-svcacct-${url(156)}`),
    'openai-admin-key': bare(`sk-admin-${url(156)}`),
    'openai-legacy-key': bare(`sk-${an(20)}T3BlbkFJ${an(20)}`),
    'anthropic-api-key': bare(`sk-ant-api03-${url(93)}AA`),
    'anthropic-admin-key': bare(`sk-ant-admin01-${url(93)}AA`),
    'perplexity-api-key': bare(`pplx-${an(48)}`),
    'huggingface-token': bare(`hf_${an(34)}`, `hf_${'a'.repeat(34)}`),
    'huggingface-org-token': bare(`api_org_${an(34)}`),
    'replicate-token': bare(`r8_${an(37)}`),
    'groq-api-key': bare(`gsk_${an(52)}`),
    'xai-api-key': bare(`xai-${an(80)}`),
    'pinecone-api-key': bare(`pcsk_${an(70)}`),
    'langsmith-api-key': bare(`lsv2_pt_${hex(32)}_${hex(10)}`),
    'cohere-api-key': after('COHERE_API_KEY=', an(40)),
    'mistral-api-key': after('MISTRAL_API_KEY=', an(32)),
    'okta-api-token': after('OKTA_API_TOKEN=', `00${url(40)}`),
    'figma-pat': bare(`figd_${url(40)}`),
    'notion-integration-token': bare(`secret_${an(43)}`, 'secret_key_base_for_the_staging_cluster_xyz1'),
    'notion-token': bare(`ntn_${an(46)}`),
    'airtable-pat': bare(`pat${an(14)}.${hex(64)}`),
    'asana-pat': after('ASANA_PAT=', `1/${g(DIGITS, 16)}:${hex(32)}`),
    'dropbox-short-lived-token': bare(`sl.${url(140)}`),
    'dropbox-long-lived-token': bare(`${g(LOWER, 11)}AAAAAAAAAA${url(43)}`),
    'twitch-token': after('TWITCH_OAUTH_TOKEN=', g(LOWER, 30)),
    'firebase-cloud-messaging-key': bare(`AAAA${url(7)}:APA91b${url(134)}`),
    'firebase-registration-token': bare(`${url(22)}:APA91b${url(134)}`),
    'new-relic-user-api-key': bare(`NRAK-${g(UPPER, 27)}`),
    'new-relic-browser-key': bare(`NRJS-${hex(19)}`),
    'new-relic-insert-key': bare(`NRII-${url(32)}`),
    'new-relic-license-key': bare(`${hex(36)}NRAL`),
    'datadog-api-key': after('DD_API_KEY=', hex(32)),
    'grafana-service-account-token': bare(`glsa_${an(32)}_${hex(8)}`),
    'grafana-cloud-token': bare(`glc_${g(B64, 80)}`),
    'grafana-api-key': bare(`eyJrIjoi${an(70)}`),
    'sentry-org-token': bare(`sntrys_eyJ${url(150)}`),
    'sentry-user-token': bare(`sntryu_${hex(64)}`),
    'linear-api-key': bare(`lin_api_${an(40)}`),
    'linear-oauth-token': bare(`lin_oauth_${hex(64)}`),
    'doppler-token': bare(`dp.st.prd.${an(43)}`),
    'planetscale-password': bare(`pscale_pw_${url(43)}`),
    'planetscale-token': bare(`pscale_tkn_${url(43)}`),
    'planetscale-oauth-token': bare(`pscale_oauth_${url(43)}`),
    'age-secret-key': bare(`AGE-SECRET-KEY-1${g(BECH32, 58)}`, `AGE-SECRET-KEY-1${g(BECH32, 57)}`),
    'adafruit-io-key': bare(`aio_${an(28)}`),
    'frameio-token': bare(`fio-u-${url(64)}`),
    'typeform-token': bare(`tfp_${url(59)}`),
    'contentful-pat': bare(`CFPAT-${url(43)}`),
    'mapbox-secret-token': bare(`sk.eyJ1Ijoi${url(60)}.${url(22)}`),
    'onepassword-secret-key': bare(`A3-${g(UPPER, 6)}-${g(UPPER, 11)}-${g(UPPER, 5)}-${g(UPPER, 5)}-${g(UPPER, 5)}`),
    'onepassword-service-account-token': bare(`ops_eyJ${url(300)}`),
    'hubspot-pat': bare(`pat-na1-${uuid(g)}`),
    'algolia-api-key': after('ALGOLIA_ADMIN_KEY=', hex(32)),
    'adobe-client-secret': bare(`p8e-${hex(32)}`),
    'intra42-client-secret': bare(`s-s4t2ud-${hex(64)}`, `s-s4t2ud-${hex(63)}`),
    'harness-pat': bare(`pat.${url(22)}.${hex(24)}.${an(20)}`),
    'scalingo-token': bare(`tk-us-${url(48)}`),
    'render-api-key': bare(`rnd_${an(32)}`, `rnd_${an(20)}`),
    'nuget-api-key': bare(`oy2${g(LOWER_DIGITS, 43)}`, `oy2${g(LOWER_DIGITS, 30)}`),
    'brevo-api-key': bare(`xkeysib-${hex(64)}-${an(16)}`, `xkeysib-${hex(32)}`),
    'crypt-password-hash': bare(`$6$rounds=5000$${an(16)}$${an(86)}`, `$6$${an(12)}`),
    'django-password-hash': bare(`pbkdf2_sha256$600000$${an(22)}$${an(43)}=`, `pbkdf2_sha256$600000$${an(8)}`),
    'mysql-native-password-hash': bare(`*${hex(40).toUpperCase()}`, hex(40).toUpperCase()),
    'bip32-extended-private-key': bare(`xprv9s21ZrQH143K${g(BASE58, 95)}`, `xprv${g(BASE58, 60)}`),
    'bitlocker-recovery-password': after(
      'BitLocker recovery password: ',
      Array.from({ length: 8 }, () => g(DIGITS, 6)).join('-'),
      `recovery ${Array.from({ length: 7 }, () => g(DIGITS, 6)).join('-')}`,
    ),
    'putty-private-key': after('PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPrivate-Lines: 1\n', g(B64, 64), `Private-Lines: x\n${g(B64, 64)}`),
    'chargebee-api-key': bare(`live_Q7${an(30)}`, `live_Q7${an(5)}`),
  };
}
