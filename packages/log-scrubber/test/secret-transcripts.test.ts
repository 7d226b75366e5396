import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const out = (value: unknown): string => JSON.stringify(s.scrub(value));

describe('credentials in transcripts, commands and structured fields', () => {
  it('an FTP transcript joined on one line with " / " loses the PASS argument', () => {
    const r = text('ftp: USER mizrahit / 331 Please specify the password. / PASS Rafael1975! / 230 Login successful.');
    expect(r).not.toContain('Rafael1975!');
    expect(r).toContain('230 Login successful.');
  });

  it('htpasswd -b with further flags before the file: the password goes, not the file', () => {
    const r = text("bash_history: htpasswd -b -c /etc/nginx/.htpasswd alice 'kj9acFAtjRsGCERUFlvI'");
    expect(r).not.toContain('kj9acFAtjRsGCERUFlvI');
    expect(r).toContain('/etc/nginx/.htpasswd');
  });

  it('a quoted SNMP community in an agent message is a credential', () => {
    const r = text('snmpd: community "monEc3YNFQuAc" from 10.1.2.3 denied (no access)');
    expect(r).not.toContain('monEc3YNFQuAc');
    expect(r).toContain('denied (no access)');
  });

  it('a MySQL native password hash (* and 40 hex) is a password hash wherever it appears', () => {
    const r = text("Notice: /Stage[main]/Mysql_user[repl@10.%]/password_hash: changed '*F2FE89B979E87BBDF205F48CC7018ACA745AE925' to '*DF93B8C3149BA7144C671AD7733522701BB5ACE5'");
    expect(r).not.toContain('F2FE89B979E87BBDF205F48CC7018ACA745AE925');
    expect(r).not.toContain('DF93B8C3149BA7144C671AD7733522701BB5ACE5');
    // A plain SHA-1 (a commit id) without the star stays.
    expect(text('deployed F2FE89B979E87BBDF205F48CC7018ACA745AE925 to prod')).toContain('F2FE89B979E87BBDF205F48CC7018ACA745AE925');
  });

  it('a Telegram bot token in the Bot API path (/bot<id>:<secret>/) is found', () => {
    const r = text('telegram send failed: 401 https://api.telegram.org/bot7343344137:AA9tq_GzNyz0XzJZhUoeGh9q6TixGSaMDYq/sendMessage chat_id=-1005174460847');
    expect(r).not.toContain('AA9tq_GzNyz0XzJZhUoeGh9q6TixGSaMDYq');
    expect(r).toContain('sendMessage');
  });

  it('a random 64-hex value under a "session" field is a session credential', () => {
    const r = out({ msg: 'login succeeded', trace_id: '8ebf54260eff00ab2fb1f033e84c37e2', session: 'f55664d6a59d9bcdac0e26d739207d48e338eb5987d8ba2037bdc2217b023253' });
    expect(r).not.toContain('f55664d6a59d9bcdac0e26d739207d48e338eb5987d8ba2037bdc2217b023253');
    expect(r).toContain('8ebf54260eff00ab2fb1f033e84c37e2');
    expect(out({ session: 'checkout' })).toContain('checkout');
  });
});

describe('lower-case word passphrases', () => {
  it('four lower-case words after a password name or phrase go together', () => {
    const a = text('TF_VAR values: TF_VAR_region=eu-central-1 TF_VAR_db_password=velvet glacier compass velvet TF_VAR_cloudflare_api_token=abc');
    expect(a).not.toMatch(/glacier|compass/);
    expect(a).toContain('TF_VAR_cloudflare_api_token=');
    const b = text('email-template rendered: "Hallo Jan, Ihr neues Passwort lautet: harbor kettle mosaic bicycle"');
    expect(b).not.toMatch(/kettle|mosaic|bicycle/);
  });
  it('a short lower-case clause after the value is not a passphrase', () => {
    expect(text('password=hunter2x was rejected for alice today')).toContain('rejected for alice today');
    expect(text('password: expired last week')).toContain('last week');
  });
});

describe('Slack incoming webhook URLs', () => {
  it('lose their secret path segment and keep the workspace and integration ids', () => {
    const r = text('POST https://hooks.slack.com/services/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 -> 200 ok (52ms)');
    expect(r).not.toContain('Xq7LmZ2pK9vR4tWb8Nc3Yd6F');
    expect(r).toContain('hooks.slack.com/services/TP9NWFMI3/BRLLFS38984/');
  });
});

describe('public key material after "key"', () => {
  it('an SSH public key blob after its algorithm name stays', () => {
    const blob = 'AAAAC3NzaC1lZDI1NTE5AAAAIfRcO+J5WQOCFIx7Kq2mZ9vLr4Tn8Wb3Yc6Hd1Fg5Js';
    expect(text(`sshd-keygen: host key ssh-ed25519 ${blob} fingerprint SHA256:UDDdoECw`)).toContain(`ssh-ed25519 ${blob}`);
  });
  it('a GnuPG key id or fingerprint stays; an uppercase hex value after "secret key" elsewhere goes', () => {
    expect(text('gpg: exporting secret key 1A385B65BB46175F2A1BAE9246371DB4F31574AF for backup')).toContain('1A385B65BB46175F2A1BAE9246371DB4F31574AF');
    expect(text('api secret key 9F86D081884C7D659A2FEAEA0C55AD015A3BF4F1 rotated')).not.toContain('9F86D081884C7D659A2FEAEA0C55AD015A3BF4F1');
  });
});
