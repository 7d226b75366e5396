import { describe, it } from 'vitest';
import { gone, kept, scrubber } from './helpers.js';

const s = scrubber();
const out = (value: unknown): string => JSON.stringify(s.scrub(value));
const text = (value: string): string => s.scrubText(value);

describe('back-office and corporate IT values that name no one and open nothing', () => {
  it('keeps a card transaction approval code, not an OAuth authorization code', () => {
    const o = out({ txn: { id: 'txn_7Hq2', amount: 18.4, mcc: '5999', authCode: 'PX3318' }, card: { pan: '4111 1111 1111 1111', holder: 'Greta Lindqvist' } });
    kept(o, ['PX3318', '"mcc":"5999"']);
    gone(o, ['4111 1111 1111 1111', 'Greta Lindqvist']);
    kept(out({ payment: { amount: 9.99, currency: 'EUR', auth_code: '804417' } }), ['804417']);
    kept(out({ transaction: { approvalCode: 'K7Q2ZD', amount: 42 } }), ['K7Q2ZD']);
    // OAuth's code beside its token-request fields, and any authorization code, still go.
    gone(out({ grant_type: 'authorization_code', code: 'Qv8sd7Lk2pZr4XwY9aBc', redirect_uri: 'https://app.example/cb' }), ['Qv8sd7Lk2pZr4XwY9aBc']);
    gone(out({ authorization_code: 'Qv8sd7Lk2pZr4XwY9aBd' }), ['Qv8sd7Lk2pZr4XwY9aBd']);
    gone(out({ txn: { amount: 3, authCode: 'Zr4XwY9aBc7dEf2gHj8k' } }), ['Zr4XwY9aBc7dEf2gHj8k']);
    gone(out({ session: { authCode: 'PX3318' } }), ['PX3318']);
  });

  it('keeps a verification method and an MFA factor type, not a login or the factor secret', () => {
    const o = out({
      user: 'lena.berg@corp.example',
      verifiedBy: 'supervisor_callback',
      factor: { type: 'push:okta:verify', sharedSecret: 'JBSWY3DPEHPK3PXPKRXW6ZLQ' },
    });
    kept(o, ['supervisor_callback', 'push:okta:verify']);
    gone(o, ['lena.berg@corp.example', 'JBSWY3DPEHPK3PXPKRXW6ZLQ']);
    kept(out({ factor: { type: 'token:hardware' } }), ['token:hardware']);
    gone(out({ verifiedBy: 'kmaier77' }), ['kmaier77']);
    gone(out({ approvedBy: 'lena_berg' }), ['lena_berg']);
    gone(out({ factor: { type: 'token:Xk29fPq81LmZ' } }), ['Xk29fPq81LmZ']);
  });

  it('keeps function mailboxes of back-office teams, not a person at the same provider', () => {
    const o = out({ recipient: 'payroll@bureau.example', cc: 'accounts-payable@corp.example', to: 'it-support@corp.example', signer: 'Greta Lindqvist' });
    kept(o, ['payroll@bureau.example', 'accounts-payable@corp.example', 'it-support@corp.example']);
    gone(o, ['Greta Lindqvist']);
    kept(out({ to: 'hr@corp.example', bcc: 'servicedesk@corp.example', from: 'procurement@corp.example' }), ['hr@corp.example', 'servicedesk@corp.example', 'procurement@corp.example']);
    gone(out({ recipient: 'greta.lindqvist@bureau.example' }), ['greta.lindqvist@bureau.example']);
    gone(out({ recipient: 'payroll.greta@bureau.example' }), ['payroll.greta@bureau.example']);
  });

  it('keeps a Slack member id, not the user token beside it', () => {
    const o = text('deprovision slack_user=W4KX9PZT2M via token xoxp-1111111111-2222222222-3333333333-abcdef0123456789abcdef0123456789');
    kept(o, ['slack_user=W4KX9PZT2M']);
    gone(o, ['xoxp-1111111111-2222222222-3333333333-abcdef0123456789abcdef0123456789']);
    kept(text('slack_user=U07ABCDE12 removed from #finance'), ['U07ABCDE12']);
    gone(text('slack_user=greta.lindqvist removed'), ['greta.lindqvist']);
    // A login in capitals that starts like one is still a person's.
    gone(text('login=WLINDQV01 ok'), ['WLINDQV01']);
    gone(out({ username: 'WLINDQV01' }), ['WLINDQV01']);
  });

  it('keeps a placeholder photo path of a cardholder, not the holder', () => {
    const o = out({ cardholder: { name: 'Greta Lindqvist', photoUrl: '/static/img/avatar-default.png' } });
    kept(o, ['/static/img/avatar-default.png']);
    gone(o, ['Greta Lindqvist']);
    gone(out({ cardholder: { name: 'Greta Lindqvist', photoUrl: '/photos/greta-lindqvist.jpg' } }), ['greta-lindqvist']);
    gone(out({ cardholder: { name: 'Greta Lindqvist', photoUrl: '/users/glindqvist/avatar.png' } }), ['glindqvist']);
    kept(out({ cardholder: { name: 'Greta Lindqvist', photoUrl: 'https://cdn.example/img/no-photo.svg' } }), ['https://cdn.example/img/no-photo.svg']);
  });

  it('keeps the private destination a firewall blocked traffic to, not the public source', () => {
    const o = text('fw02 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=00:00 SRC=81.2.69.160 DST=192.168.7.20 LEN=60 TOS=0x00 PROTO=TCP SPT=51000 DPT=22 WINDOW=64240');
    kept(o, ['DST=192.168.7.20', 'DPT=22']);
    gone(o, ['81.2.69.160']);
    // An outbound flow's private source is a workstation, and an ephemeral destination port a client's.
    gone(text('[UFW BLOCK] IN= OUT=eth0 SRC=10.1.4.9 DST=81.2.69.160 PROTO=TCP SPT=40110 DPT=443'), ['10.1.4.9', '81.2.69.160']);
    gone(text('[UFW ALLOW] IN=eth0 OUT= SRC=81.2.69.160 DST=10.1.4.9 PROTO=TCP SPT=443 DPT=40110'), ['10.1.4.9', '81.2.69.160']);
  });

  it('keeps an error about a credential file: its path and the error', () => {
    const o = text('reading secret from /srv/app/db.pass: Permission denied');
    kept(o, ['/srv/app/db.pass: Permission denied']);
    kept(text('api token file /run/keys/api.tok: ENOENT'), ['/run/keys/api.tok: ENOENT']);
    kept(text('password from /etc/app/pw: No such file or directory'), ['No such file or directory']);
    // A secret written after the same words still goes.
    gone(text('password: Sunr1se-Maple!'), ['Sunr1se-Maple!']);
    gone(text('token: Permissi0nD3n1ed9x'), ['Permissi0nD3n1ed9x']);
  });
});
