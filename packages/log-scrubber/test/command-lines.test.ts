import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);

/** The line scrubbed must lose `secret` and keep every string of `kept`. */
function removes(line: string, secret: string, kept: readonly string[] = []): void {
  const out = text(line);
  expect(out, line).not.toContain(secret);
  for (const k of kept) expect(out, line).toContain(k);
}

describe('credentials in command lines', () => {
  it.each([
    ['+ curl -u admin:Rocket77x-lemon https://jenkins.example.com/api/json', 'Rocket77x-lemon', ['admin', 'https://jenkins.example.com/api/json']],
    ['curl --user deploy:s3cretPw -X POST https://x.example.com', 's3cretPw', ['deploy', '-X POST']],
    ['curl -sS --proxy-user ops:Pr0xyPass https://x.example.com', 'Pr0xyPass', []],
    ['curl -uadmin:AttachedPw1 https://x.example.com', 'AttachedPw1', []],
    ['mysql -h db.internal -u root -pHunter2Pw app', 'Hunter2Pw', ['db.internal', 'app']],
    ['Command failed: mysqldump -uroot -pdragon-winter-42 --single-transaction shop', 'dragon-winter-42', ['shop']],
    ['docker login -u bob -p Pa55word-x registry.example.com', 'Pa55word-x', ['registry.example.com']],
    ['podman login --password s3cr3t-podman quay.io', 's3cr3t-podman', ['quay.io']],
    ['helm registry login ghcr.io --username bob --password helmPw-77', 'helmPw-77', []],
    ["sshpass -p 'summer kitten 9' ssh deploy-host", 'kitten', ['deploy-host']],
    ['htpasswd -b /etc/nginx/.htpasswd alice Wonder1and-x', 'Wonder1and-x', ['/etc/nginx/.htpasswd']],
    ['htpasswd -nbB alice Wonder2land', 'Wonder2land', []],
    ['redis-cli -h cache -a s3cr3tRedis ping', 's3cr3tRedis', ['ping']],
    ['mongosh -u admin -p Hunter2x --authenticationDatabase admin', 'Hunter2x', ['--authenticationDatabase']],
    ['sqlcmd -S db -U sa -P Sql-Pass-99 -Q "select 1"', 'Sql-Pass-99', []],
    ['ldapsearch -x -D "cn=admin,dc=example,dc=org" -w AdminPw99 -b dc=example,dc=org', 'AdminPw99', ['dc=example,dc=org']],
    ['mosquitto_pub -h broker -u dev -P mqttPw-77 -t a/b -m hi', 'mqttPw-77', ['a/b']],
    ['smbclient //srv/share -U bob%SmbPass-1', 'SmbPass-1', ['//srv/share']],
    ['lftp -u bob,FtpPass-22 ftp.example.com', 'FtpPass-22', ['ftp.example.com']],
    ['zip -P ZipPass-33 out.zip a.txt', 'ZipPass-33', ['out.zip']],
    ['7z a -pSevenPass44 backup.7z /data', 'SevenPass44', ['backup.7z']],
    ['plink -ssh -pw PlinkPw55 bob@host', 'PlinkPw55', []],
    ['keytool -importkeystore -srcstorepass StorePw-66 -deststorepass StorePw-77', 'StorePw-66', []],
    ['az login -u bob@example.com -p AzPass-88', 'AzPass-88', []],
    ['rabbitmqctl add_user metrics RabbitPw-99', 'RabbitPw-99', ['metrics']],
    ['wget --http-password WgetPw-11 https://x.example.com/f', 'WgetPw-11', ['https://x.example.com/f']],
    ['deploy --api-key 5f1e9c0b7a2d4e6f --region eu-west-1', '5f1e9c0b7a2d4e6f', ['eu-west-1']],
    ['vault-agent --db-pass "two words" --verbose', 'words', ['--verbose']],
    ['echo "EchoPw-12" | docker login -u bob --password-stdin ghcr.io', 'EchoPw-12', ['ghcr.io']],
    ["printf '%s' 'PrintfPw-3' | podman login --password-stdin quay.io", 'PrintfPw-3', []],
    ['echo "bob:ChPass-45" | chpasswd', 'ChPass-45', []],
    ['kubectl create secret generic app --from-literal=DB_HOST=LiteralHost7 -n prod', 'LiteralHost7', ['DB_HOST=', '-n prod']],
    ['gh secret set DEPLOY_KEY --body "GhBody-778" --repo org/app', 'GhBody-778', ['DEPLOY_KEY', 'org/app']],
    ['fly secrets set SIGNING=FlySecret-99 OTHER=FlyOther-11', 'FlyOther-11', ['SIGNING=']],
    ['http -a bob:HttpiePw-5 GET https://x.example.com', 'HttpiePw-5', []],
    ['sqlplus priya.costa/gecko5958@ORCL', 'gecko5958', ['ORCL']],
    ['jdbc:postgresql://db:5432/app?user=reporting&password=&&Rd_HOy8-RDk&ssl=true', '&&Rd_HOy8-RDk', ['ssl=true']],
  ] as const)('%s', (line, secret, kept) => removes(line, secret, kept));

  it('keeps ports, file names, prompts, variables and flags that take no secret', () => {
    for (const line of [
      'docker run -p 8080:80 -u node app:latest',
      'mysql -h db -u app -p shop',
      'curl -u admin https://x.example.com',
      'psql --no-password -h db -U app shop',
      'docker login -u ci-bot --password-stdin ghcr.io',
      'curl --key ./client.pem --cert ./client.crt https://x.example.com',
      'deploy --token-ttl 3600 --password-file /run/secrets/db',
      'mysql -u root -p"$MYSQL_ROOT_PASSWORD" shop',
      'sshpass -p ${SSH_PASS} ssh bob@host',
      'zip -r out.zip dir',
      'git commit --author "CI" -m "bump"',
    ]) {
      expect(text(line)).toBe(line);
    }
  });

  it("ends a credential word's clause with its own argument: the next option's values are judged by their keys", () => {
    const rec = 'sub_Hq7TmW2xKc9LpR4v';
    for (const line of [
      `curl -X POST https://hooks.example.net/in/4417 -H 'Authorization: Bearer Zr8KpQ' -d '{"event":"renewal.due","subscription":"${rec}"}'`,
      `curl -H "X-Auth-Token: Tk5Lw" --data '{"order":"${rec}"}' https://api.example.net/v2/hooks`,
    ]) {
      const out = text(line);
      expect(out, line).toContain(rec);
    }
    // The credential inside that argument, and one given as the argument of a credential flag, still go.
    removes(`curl -H 'Authorization: Bearer Zr8KpQv3Nx7Lm2Wt9Hs4' -d '{"subscription":"${rec}"}'`, 'Zr8KpQv3Nx7Lm2Wt9Hs4', [rec]);
    removes(`deploy --auth 'Vq3Nz8Lk2Rw7Tp5Xm9' -v --region eu-west-1`, 'Vq3Nz8Lk2Rw7Tp5Xm9', ['--region eu-west-1']);
    removes(`curl -H 'X-Session-Token: Mb6Xr2Pq9Wn4Kt7Lz3' -d '{"sub":"${rec}"}'`, 'Mb6Xr2Pq9Wn4Kt7Lz3', []);
  });
});

describe('credentials in protocol transcripts', () => {
  it.each([
    ['1787824108.424144 [0 10.1.2.3:39937] "AUTH" "default" "Fg7pGy45UC"', 'Fg7pGy45UC', ['"AUTH"']],
    ['1787824108.424144 [0 unix:/run/redis.sock] "auth" "kitten-summer-kitten"', 'kitten-summer-kitten', []],
    ['1787824108.424144 [0 10.1.2.3:1] "HELLO" "3" "AUTH" "app" "HelloPw-1"', 'HelloPw-1', ['"HELLO"']],
    ['1787824108.424144 [0 10.1.2.3:1] "CONFIG" "SET" "requirepass" "NewReqPw-2"', 'NewReqPw-2', ['requirepass']],
    ['127.0.0.1:6379> AUTH default CliPass-3', 'CliPass-3', []],
    ["ioredis:redis write command[127.0.0.1:6379]: 0 -> auth([ 'default', 'IoPass-4' ])", 'IoPass-4', []],
    ['C: a001 LOGIN bob ImapPass-5', 'ImapPass-5', ['a001 LOGIN']],
    ['C: A2 login "bob@example.com" "Imap Pass 6"', 'Imap', []],
    ['ftp> PASS FtpPass-7', 'FtpPass-7', []],
    ['--> PASS secretpass', 'secretpass', []],
    ['S: 334 UGFzc3dvcmQ6\nC: aHVudGVyMng=\nS: 235 2.7.0 Authentication successful', 'aHVudGVyMng=', ['235 2.7.0']],
    ['C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: Ym9i\nS: 334 UGFzc3dvcmQ6\nC: c2VjcmV0MTIz', 'c2VjcmV0MTIz', []],
    ['C: AUTH PLAIN AGJvYgBodW50ZXIyeA==', 'AGJvYgBodW50ZXIyeA==', []],
    ['a1 AUTHENTICATE XOAUTH2 dXNlcj1ib2JAZXhhbXBsZS5jb20BYXV0aD1CZWFyZXIgeWEyOS52RgEB', 'dXNlcj1ib2JAZXhhbXBsZS5jb20BYXV0aD1CZWFyZXIgeWEyOS52RgEB', []],
    ['  ~ master_password = "OldPw-9a" -> "NewPw-9b"', 'NewPw-9b', ['master_password']],
  ] as const)('%s', (line, secret, kept) => removes(line, secret, kept));

  it('keeps transcripts without credentials', () => {
    for (const line of [
      '1787824108.424144 [0 unix:/run/redis.sock] "GET" "session:abc"',
      'S: 334 VXNlcm5hbWU6',
      'USER LOGIN FAILED for account 42',
      '  ~ instance_type = "t3.small" -> "t3.medium"',
      ' PASS  src/app.test.ts (1.2 s)',
    ]) {
      expect(text(line)).toBe(line);
    }
  });
});

describe('credentials named in other languages and placements', () => {
  it.each([
    ['Passwort: Geheim-123 für bob', 'Geheim-123'],
    ['mot de passe Soleil-456 refusé', 'Soleil-456'],
    ['contraseña incorrecta: Luna-789', 'Luna-789'],
    ['senha=Praia-321', 'Praia-321'],
    ['wachtwoord is Tulp-654', 'Tulp-654'],
    ['hasło: Wisla-987', 'Wisla-987'],
    ['BIND_PW=LdapBind-1 LDAP_URI=ldap://dir', 'LdapBind-1'],
    ['password for deploy reset to w17D+$RhfqdXIO!xp2Of&V by admin', 'w17D+$RhfqdXIO!xp2Of&V'],
    ['basic auth root:o3g&ORFmfwDUqyhdZ#4GIl rejected by upstream', 'o3g&ORFmfwDUqyhdZ#4GIl'],
  ] as const)('%s', (line, secret) => removes(line, secret));

  it('removes base64 user:password under auth keys (Docker config, .npmrc)', () => {
    const out = JSON.stringify(s.scrub({ auths: { 'registry.example.com': { auth: 'YW5hbjc6S1ZqSkUzSmxHMw==' } } }));
    expect(out).not.toContain('YW5hbjc6S1ZqSkUzSmxHMw==');
    expect(out).toContain('registry.example.com');
    expect(text('_auth=c2lvYmhhbnMyOnJvY2tldGxlbW9u')).not.toContain('c2lvYmhhbnMyOnJvY2tldGxlbW9u');
    expect(s.scrub({ auth: 'jwt', authEnabled: true })).toEqual({ auth: 'jwt', authEnabled: true });
  });
});
