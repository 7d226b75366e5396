import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const json = (value: unknown): string => JSON.stringify(s.scrub(value));
const NAME = /<name:k1:[0-9a-f]{20}>/;

// Corporate IT tools name the account they act on in a fixed place of the command or line.
describe('logins in directory, print, proxy and CI lines', () => {
  it.each([
    ['Set-ADAccountPassword', 'PS C:\\> Set-ADAccountPassword -Identity hlindqvist -Reset -NewPassword $pw -Server dc1.corp.example', 'hlindqvist'],
    ['Get-ADUser', 'PS C:\\> Get-ADUser -Identity hlindqvist -Properties mail,mobile', 'hlindqvist'],
    ['Disable-ADAccount quoted', 'Disable-ADAccount -Identity "hlindqvist" -Confirm:$false', 'hlindqvist'],
    ['Unlock-ADAccount positional', 'Unlock-ADAccount hlindqvist', 'hlindqvist'],
    ['Enable-ADAccount', "Enable-ADAccount -Identity 'hlindqvist'", 'hlindqvist'],
    ['Set-ADUser -SamAccountName', 'Set-ADUser -Identity hlindqvist -SamAccountName hlindqvist2', 'hlindqvist2'],
    ['Get-ADUser -Filter with UPN', 'Get-ADUser -UserPrincipalName hlindqvist@corp.example', 'hlindqvist'],
    ['Add-ADGroupMember', 'Add-ADGroupMember -Identity "Finance-RW" -Members hlindqvist', 'hlindqvist'],
    ['net user /domain', 'C:\\> net user hlindqvist /domain', 'hlindqvist'],
    ['net user password reset', 'net user hlindqvist * /domain', 'hlindqvist'],
  ])('%s', (_shape, line, login) => {
    const out = text(line);
    expect(out).not.toContain(login);
    expect(out).toMatch(NAME);
  });

  it('groups, built-in accounts, SIDs and GUIDs named by AD cmdlets stay', () => {
    expect(text('Add-ADGroupMember -Identity "Finance-RW" -Members hlindqvist')).toContain('"Finance-RW"');
    expect(text('Get-ADUser -Identity Administrator')).toContain('Administrator');
    expect(text('Get-ADUser -Identity S-1-5-21-3623811015-3361044348-30300820-1013')).toContain('S-1-5-21-3623811015-3361044348-30300820-1013');
    expect(text('Get-ADUser -Identity 9a1f2c3d-4b5e-4f60-8a7b-1c2d3e4f5a6b')).toContain('9a1f2c3d-4b5e-4f60-8a7b-1c2d3e4f5a6b');
    expect(text('Get-ADUser -Filter * -Properties mail')).toBe('Get-ADUser -Filter * -Properties mail');
    expect(text('net user /domain')).toBe('net user /domain');
    expect(text('net user svc-backup /domain')).toContain('svc-backup');
  });

  it('CUPS: the job owner of a queued job and of the page log', () => {
    const queued = text('cupsd: Job 412 queued on "Ricoh-2F-East" by "hlindqvist".');
    expect(queued).not.toContain('hlindqvist');
    expect(queued).toContain('"Ricoh-2F-East"');
    expect(queued).toContain('Job 412');
    const page = text('Ricoh-2F-East hlindqvist 412 [04/Nov/2026:09:12:44 +0100] 1 1 - 10.20.30.40 budget.xlsx A4 one-sided');
    expect(page).not.toContain('hlindqvist');
    expect(page).toMatch(/^Ricoh-2F-East <name:k1:[0-9a-f]{20}> 412 \[04\/Nov\/2026/);
    const total = text('Ricoh-2F-East hlindqvist 412 [04/Nov/2026:09:12:44 +0100] total 3 - 10.20.30.40 budget.xlsx A4 one-sided');
    expect(total).not.toContain('hlindqvist');
    // A job by a system account stays.
    expect(text('cupsd: Job 413 queued on "Ricoh-2F-East" by "root".')).toContain('"root"');
  });

  it('Squid native access.log: the user column', () => {
    const line = '1762247564.120    312 10.20.30.40 TCP_MISS/200 4512 GET http://intranet.example/wiki/Start hlindqvist HIER_DIRECT/10.0.0.9 text/html';
    const out = text(line);
    expect(out).not.toContain('hlindqvist');
    expect(out).toContain('HIER_DIRECT/');
    expect(out).toContain('http://intranet.example/wiki/Start');
    const connect = text('1762247564.120  60012 10.20.30.40 TCP_TUNNEL/200 9001 CONNECT mail.example:443 hlindqvist HIER_DIRECT mail.example -');
    expect(connect).not.toContain('hlindqvist');
    const old = text('1762247564.120    312 10.20.30.40 TCP_DENIED/407 3880 GET http://intranet.example/ hlindqvist NONE/- text/html');
    expect(old).not.toContain('hlindqvist');
    // No user: `-` stays.
    const anon = text('1762247564.120    312 10.20.30.40 TCP_MISS/200 4512 GET http://intranet.example/ - HIER_DIRECT/10.0.0.9 text/html');
    expect(anon).toContain(' - HIER_DIRECT/');
  });

  it('CI: the actor of a run', () => {
    for (const line of [
      '##[group]Run npm ci  # actor=tove-lindqvist run=812 sha=abc123',
      'env GITHUB_ACTOR=tove-lindqvist GITHUB_REF=refs/heads/main',
      'workflow "release" triggered by tove-lindqvist',
      'build started actor: tove-lindqvist',
    ]) {
      const out = text(line);
      expect(out, line).not.toContain('tove-lindqvist');
      expect(out).toMatch(NAME);
    }
    // Bots and automation stay.
    expect(text('run started actor=dependabot[bot] run=9')).toContain('dependabot[bot]');
    expect(text('run started actor=github-actions run=9')).toContain('github-actions');
    expect(text('GITHUB_ACTOR=renovate-bot')).toContain('renovate-bot');
  });
});

// SCIM 2.0 (RFC 7643 §4.1.1): a User's `name` is an object whose members are the parts of the name.
describe('a SCIM name object', () => {
  it.each([['Trần Văn Minh'], ['高橋 直子'], ['Светлана Орлова'], ['Ágnes Szabó']])('%s under name.formatted', (person) => {
    const out = json({ body: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'x1@corp.example', name: { formatted: person }, externalId: '00uQx7' } });
    expect(out).not.toContain(person);
    expect(out).toMatch(/"name":\{"formatted":"<name:k1:[0-9a-f]{20}>"\}/);
    expect(out).toContain('"externalId":"00uQx7"');
  });
  it('given, family and middle names and honorifics', () => {
    const out = json({ name: { givenName: 'Светлана', familyName: 'Орлова', middleName: 'Ивановна', honorificPrefix: 'Dr.' } });
    for (const part of ['Светлана', 'Орлова', 'Ивановна']) expect(out).not.toContain(part);
  });
  it('an object of localised product names is no person', () => {
    expect(json({ name: { en: 'Blue Widget', de: 'Blaues Ding' } })).toContain('Blue Widget');
    expect(json({ name: { formatted: 'Blue Widget', sku: 'BW-1' } })).toContain('Blue Widget');
  });
});

describe('a LinkedIn profile URL keeps no slug', () => {
  it.each([['tove-lindqvist-305a12'], ['tove-lindqvist-30561299'], ['tovelindqvist']])('%s', (slug) => {
    const url = `https://www.linkedin.com/in/${slug}`;
    const out = json({ candidate: { name: 'Tove Lindqvist', email: 'tove@example.org', dateOfBirth: '1990-04-02', linkedin: url, linkedinUrl: `${url}/` } });
    expect(out).not.toContain(slug);
    expect(out).toMatch(/"linkedin":"https:\/\/www\.linkedin\.com\/in\/<name:k1:[0-9a-f]{20}>"/);
    expect(text(`profile ${url} attached`)).not.toContain(slug);
  });
  it('ids after other user prefixes still stay', () => {
    expect(text('GET /users/u12345678 200')).toContain('u12345678');
  });
});

// pino writes its logger's `name` at the root beside `level`, `time`, `pid`, `hostname` and `msg`.
describe('a pino logger name at the root of a record', () => {
  const base = { level: 50, time: 1794000000000, pid: 4242, hostname: 'desk-7c9f-x2', msg: 'factor re-enrolled' };
  it.each([['helpdesk-mfa'], ['payroll.export'], ['hr_sync'], ['servicedesk']])('%s stays beside personal fields', (logger) => {
    for (const extra of [{ verifiedBy: 'Tove Lindqvist' }, { callbackNumber: '+46 70 123 45 67' }, { email: 'tove@example.org' }, { signer: 'Tove Lindqvist' }]) {
      const out = json({ ...base, name: logger, ...extra });
      expect(out).toContain(`"name":"${logger}"`);
      expect(out).not.toContain('Tove Lindqvist');
      expect(out).not.toContain('tove@example.org');
    }
  });
  it("a person's name at the root still goes", () => {
    const out = json({ ...base, name: 'Tove Lindqvist', email: 'tove@example.org' });
    expect(out).not.toContain('Tove Lindqvist');
    expect(out).toMatch(NAME);
    // Outside a pino-shaped record a contact row's name is the contact's.
    expect(json({ name: 'tlindqvist', email: 'tove@example.org' })).not.toContain('tlindqvist');
  });
});
