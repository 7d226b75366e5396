// Identity, helpdesk, endpoints/MDM, network (VPN/ZTNA/firewall/proxy), mail gateway, printers and badges.
import { pino, text } from './values.mjs';

export function oktaSystemLog(rec) {
  const r = rec.r; const p = rec.person();
  return pino(rec, 'okta-poller', 'system log event', {
    event: { uuid: rec.uuid(), eventType: rec.k(r.pick(['user.session.start', 'user.mfa.factor.reset_all', 'user.account.lock'])), outcome: { result: rec.kn('result', 'SUCCESS') },
      actor: { alternateId: rec.email(p, 'acme-corp.com'), displayName: rec.name(p) }, client: { ipAddress: rec.ip(), geographicalContext: { city: rec.city(), geolocation: (() => { const g = rec.geo(); return { lat: g.lat, lon: g.lng }; })() } } },
    poller: { org: rec.k('acme.okta.com'), apiToken: rec.vendor('okta_ssws'), limit: rec.kn('limit', 1000) },
  });
}
export function entraSignin(rec) {
  const r = rec.r; const p = rec.person();
  return pino(rec, 'entra-signins', 'sign-in failure', {
    record: { id: rec.uuid(), userPrincipalName: rec.email(p, 'acmegroup.co.uk'), userDisplayName: rec.name(p), ipAddress: rec.ip(), appDisplayName: rec.k('Microsoft Teams'),
      status: { errorCode: rec.kn('errorCode', r.pick([50126, 50076, 53003])), failureReason: rec.k(r.pick(['AADSTS50126: Error validating credentials', 'AADSTS50076: MFA required'])) } },
    graph: { tenantId: rec.uuid(), clientSecret: rec.vendor('azure_client_secret'), endpoint: rec.k('graph.microsoft.com') },
  });
}
export function googleWorkspaceAdmin(rec) {
  const r = rec.r; const p = rec.person(); const a = rec.person();
  return `${rec.ts()} gws-audit admin CHANGE_PASSWORD actor=${rec.email(a, 'acme-corp.com')} target=${rec.email(p, 'acme-corp.com')} ip=${rec.ip()} new_password="${rec.pw()}" ${rec.k('change_on_next_login=true')} customer=${rec.k(`C0${r.b62(7)}`)}`;
}
export function ldapBind(rec) {
  const r = rec.r; const p = rec.person();
  return `${rec.ts()} slapd[${r.int(300, 9000)}]: conn=${r.int(1000, 99999)} op=0 BIND dn="uid=${rec.s(p.user, 'person_name', 'uid')},ou=people,dc=acme,dc=internal" method=128 mech=SIMPLE ssf=0 from=IP=${rec.ip()}:${r.int(30000, 60000)} ${rec.k('err=49')} text=invalid credentials`;
}
export function adPasswordReset(rec) {
  const p = rec.person();
  return `PS C:\\> Set-ADAccountPassword -Identity ${rec.s(p.user, 'person_name', 'sam_account')} -Reset -NewPassword (ConvertTo-SecureString "${rec.pw()}" -AsPlainText -Force) -Server ${rec.k('dc02.corp.acme.internal')}  # ticket ${rec.id('INC', 7)} requested by ${rec.name(rec.person())}`;
}
export function scimProvision(rec) {
  const r = rec.r; const p = rec.person();
  return pino(rec, 'scim-server', 'POST /scim/v2/Users 201', {
    req: { method: 'POST', url: rec.k('/scim/v2/Users'), headers: { authorization: `Bearer ${rec.bearer('scim_bearer')}`, 'user-agent': rec.k('Okta SCIM Client 1.0.0') } },
    body: { userName: rec.email(p, 'acme-corp.com'), name: { formatted: rec.name(p) }, phoneNumbers: [{ value: rec.phone(), type: 'mobile' }], externalId: rec.k(`00u${r.b62(17)}`) },
    res: { statusCode: rec.kn('statusCode', 201) }, responseTime: rec.kn('responseTime', r.int(10, 900)),
  });
}
export function mfaReset(rec) {
  const p = rec.person();
  return pino(rec, 'helpdesk-mfa', 'MFA factor re-enrolled', {
    user: rec.email(p, 'acme.de'), verifiedBy: rec.k('manager_callback'), callbackNumber: rec.phone(),
    factor: { type: rec.k('token:software:totp'), sharedSecret: rec.vendor('totp_seed'), recoveryCodes: [rec.vendor('recovery_code'), rec.vendor('recovery_code')] }, ticket: rec.id('INC', 7),
  });
}
export function helpdeskTicket(rec) {
  const r = rec.r; const p = rec.person(); const t = text(r);
  return pino(rec, 'servicedesk', 'ticket created', {
    ticket: { number: rec.id('INC', 7), priority: rec.kn('priority', r.pick(['P2', 'P3', 'P4'])), category: rec.k(r.pick(['Network/VPN', 'Access/MFA', 'Hardware/Printer', 'Finance/Expenses'])),
      requester: { name: rec.name(p), email: rec.email(p, 'acme-corp.com'), phone: rec.phone() }, description: `${t.text}. ${r.pick(['Mein Passwort ist', 'my password is', 'mot de passe:', 'contraseña:'])} ${rec.pw()}`, lang: t.lang },
  });
}
export function helpdeskEmailIngest(rec) {
  const r = rec.r; const p = rec.person(); const t = text(r);
  return `${rec.ts()} mail2ticket: from="${rec.name(p)}" <${rec.email(p)}> subject="${t.text}" ticket=${rec.id('INC', 7)} lang=${t.lang} signature_phone="${rec.phone()}" attachments=${r.int(0, 3)}`;
}
export function jamfInventory(rec) {
  const r = rec.r; const p = rec.person();
  return pino(rec, 'jamf-webhook', 'ComputerInventoryCompleted', {
    computer: { serialNumber: rec.k(`C02${r.upper(3)}${r.digits(5)}`), osVersion: rec.k(`14.${r.int(1, 7)}.${r.int(0, 2)}`), username: rec.s(p.user, 'person_name', 'local_user'), realName: rec.name(p), email: rec.email(p, 'acme-corp.com'), ipAddress: rec.ip(), reportedIp: rec.k('17.253.144.10') },
    jamf: { url: rec.k('https://acme.jamfcloud.com'), apiPassword: rec.pw() },
  });
}
export function intuneCompliance(rec) {
  const r = rec.r; const p = rec.person(); const h = rec.home(p.user, 'windows');
  return `${rec.ts()} IntuneManagementExtension: [Win32App] script ${rec.uuid()} ${rec.k('exit=0x87D1041C')} path=${h.prefix}\\AppData\\Local\\Temp\\detect.ps1 device=${rec.k(`ACME-LT-${r.digits(5)}`)} upn=${rec.email(p, 'acme-corp.com')}`;
}
export function osqueryResult(rec) {
  const r = rec.r; const p = rec.person(); const h = rec.home(p.user, r.pick(['linux', 'macos']));
  const sep = h.sep;
  return pino(rec, 'osquery-ingest', 'differential result', {
    queryName: rec.k('pack_incident-response_shell_history'), hostIdentifier: rec.k(`ACME-MB-${r.digits(5)}`), calendarTime: rec.ts(),
    columns: { path: `${h.prefix}${sep}.zsh_history`, command: `mysql -h db01.corp.acme.internal -u root -p'${rec.pw()}' hr`, uid: rec.kn('uid', r.int(501, 520)) },
  });
}
export function wireguardVpn(rec) {
  const r = rec.r; const p = rec.person();
  return `${rec.ts()} vpn-gw-fra1 charon: 09[IKE] <${rec.email(p, 'acme-corp.com')}|${r.int(1, 900)}> IKE_SA established between ${rec.k('203.0.113.1')}[vpn-gw-fra1.acme.net]...${rec.ip()}[roadwarrior] assigned virtual IP ${rec.s(`100.64.${r.int(0, 255)}.${r.int(2, 254)}`, 'ip', 'vpn_virtual')} ${rec.k('rekey=14400s')}`;
}
export function ztnaAccess(rec) {
  const p = rec.person();
  return pino(rec, 'ztna-access', 'policy decision', {
    user: rec.email(p, 'acme-corp.com'), device: { id: rec.uuid(), posture: rec.kn('posture', 'compliant') }, src: { ip: rec.ip(), geo: (() => { const g = rec.geo(); return `${g.slat},${g.slng}`; })() },
    app: rec.k('retool.corp.acme.internal'), decision: rec.kn('decision', 'allow'), policy: rec.k('pol-finance-apps-v3'), sessionTtl: rec.kn('sessionTtl', 28800),
  });
}
export function firewallDeny(rec) {
  const r = rec.r;
  return `${rec.ts()} fw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=${rec.ip()} ${rec.k('DST=10.20.0.5')} LEN=${r.int(40, 1500)} PROTO=TCP SPT=${r.int(1024, 65000)} ${rec.k('DPT=3389')} ${rec.k('rule=deny-rdp-inbound')}`;
}
export function proxyAccess(rec) {
  const r = rec.r; const p = rec.person();
  return `${rec.ts()} squid: ${r.int(1, 900)} ${rec.ip()} ${rec.k('TCP_MISS/200')} ${r.int(300, 90000)} GET https://${rec.k(r.pick(['www.lufthansa.com', 'portal.bamboohr.com', 'app.expensify.com']))}/api/v1/session?user=${rec.email(p)}&access_token=${rec.bearer('query_token')} ${rec.s(p.user, 'person_name', 'proxy_user')} HIER_DIRECT`;
}
export function dmarcReport(rec) {
  const r = rec.r;
  return pino(rec, 'dmarc-ingest', 'aggregate report parsed', {
    report: { orgName: rec.k(r.pick(['google.com', 'Outlook.com', 'Yahoo'])), reportId: rec.k(String(r.digits(19))), policy: rec.k('p=quarantine; pct=100') },
    records: [{ sourceIp: rec.k(r.pick(['209.85.220.41', '40.107.22.54', '167.89.100.2'])), count: rec.kn('count', r.int(1, 800)), dkim: 'pass', spf: 'pass' }],
    mailbox: { imap: rec.k('imap.gmail.com'), appPassword: rec.s(`${r.from('abcdefghijklmnopqrstuvwxyz', 4)} ${r.from('abcdefghijklmnopqrstuvwxyz', 4)} ${r.from('abcdefghijklmnopqrstuvwxyz', 4)} ${r.from('abcdefghijklmnopqrstuvwxyz', 4)}`, 'password', 'google_app_password') },
  });
}
export function mailQuarantine(rec) {
  const r = rec.r; const p = rec.person(); const s = rec.person();
  return `${rec.ts()} mx-gw quarantine: msgid=<${rec.k(`${r.hex(16)}@mail.gmail.com`)}> from=${rec.email(s)} to=${rec.email(p, 'acme-corp.com')} subject="${r.pick(['Invoice overdue', 'Your payslip', 'DocuSign: please review'])}" ${rec.k('verdict=PHISH')} score=${r.int(80, 99)} client_ip=${rec.ip()}`;
}
export function dlpAlert(rec) {
  const r = rec.r; const p = rec.person(); const c = rec.card();
  return pino(rec, 'dlp-gateway', 'outbound message blocked', {
    rule: rec.k(r.pick(['PCI-PAN-OUTBOUND', 'EU-IBAN-BULK', 'NATIONAL-ID'])), sender: rec.email(p, 'acme-corp.com'), recipient: rec.email(rec.person()),
    matches: [{ type: 'credit_card', snippet: `card no. ${c.v}` }, { type: 'iban', snippet: rec.iban() }], action: rec.kn('action', 'block'), incident: rec.id('DLP-', 6),
  });
}
export function printerJob(rec) {
  const r = rec.r; const p = rec.person();
  return `${rec.ts()} print01 cupsd: Job ${r.int(1000, 99999)} queued on "${rec.k('HP-M479-3OG')}" by "${rec.s(p.user, 'person_name', 'print_user')}" title="${rec.name(p)} - ${r.pick(['Lebenslauf.pdf', 'Arbeitsvertrag.docx', 'payslip_2026_10.pdf', '健康診断結果.pdf'])}" pages=${r.int(1, 40)} from ${rec.ip()}`;
}
export function badgeAccess(rec) {
  const r = rec.r; const p = rec.person();
  return pino(rec, 'pacs-bridge', 'door event', {
    door: rec.k(r.pick(['HQ-3F-EAST', 'HQ-LOBBY-TURNSTILE-2', 'DC-CAGE-14'])), result: rec.k(r.pick(['granted', 'denied_expired'])),
    cardholder: { name: rec.name(p), badge: `${r.int(10, 250)}:${r.digits(5)}`, photoUrl: rec.k('/photos/placeholder.png') }, site: rec.city(),
  });
}
export function visitorKiosk(rec) {
  const r = rec.r; const p = rec.person();
  return `${rec.ts()} visitor-kiosk: checked in "${rec.name(p)}" company="${rec.k(r.pick(['Deloitte', 'Siemens AG', 'Accenture']))}" host=${rec.email(rec.person(), 'acme-corp.com')} phone=${rec.phone()} id_doc=${rec.nid()} badge=${rec.id('V-', 4)}`;
}
