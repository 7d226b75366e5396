import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const json = (value: unknown): string => JSON.stringify(s.scrub(value));

describe('a Latin trade name registered under a CJK legal form names a firm', () => {
  it('keeps the whole run in text, TSV columns and company fields', () => {
    expect(text('billing run for Haruka Ventures 株式会社 (VAT DE811569869) ok')).toContain('Haruka Ventures 株式会社');
    expect(text('import row 12 duplicate:\tOlga Petrov\tolga.p@example.org\tMinato Design 合同会社\tNagoya')).toContain('Minato Design 合同会社');
    expect(text('invoice for Yuna Park 주식회사 sent')).toContain('Yuna Park 주식회사');
    expect(text('ship to (株) Kenta Ishii today')).toContain('(株) Kenta Ishii');
    expect(json({ company: 'Haruka Ventures 有限公司' })).toContain('Haruka Ventures 有限公司');
    expect(json({ customer: 'Kenta Ishii 股份有限公司' })).toContain('Kenta Ishii 股份有限公司');
    expect(json({ body: JSON.stringify({ contact: { company: 'Haruka Ventures 株式会社' } }) })).toContain('Haruka Ventures 株式会社');
  });

  it('still removes the person in the column before the firm and a person without a legal form', () => {
    const row = text('import row 12 duplicate:\tOlga Petrov\tolga.p@example.org\tMinato Design 合同会社\tNagoya');
    expect(row).not.toContain('Olga Petrov');
    expect(text('contact Haruka Ventura called back')).not.toContain('Haruka Ventura');
    expect(json({ name: 'Kenta Ishii' })).not.toContain('Kenta Ishii');
  });
});

describe('a business VAT number is a register entry, a person\'s tax id is not', () => {
  it('keeps a VAT number of a company and of a Stripe tax id object', () => {
    expect(json({ customer: { company: 'Lindqvist Bygg AB', taxId: 'SE556677889901', type: 'company' } })).toContain('SE556677889901');
    expect(json({ client: { tax_id: 'ATU12345678', customerType: 'business' } })).toContain('ATU12345678');
    expect(json({ customer: { tax_ids: { data: [{ type: 'eu_vat', value: 'NL123456789B01' }] } } })).toContain('NL123456789B01');
  });

  it('still removes the tax id of a sole trader, an individual, and a bare taxId', () => {
    expect(json({ customer: { taxId: 'IE7654321K', type: 'individual' } })).not.toContain('IE7654321K');
    expect(json({ customer: { taxId: 'ES12345678Z', type: 'company', legalForm: 'autonomo' } })).not.toContain('ES12345678Z');
    expect(json({ seller: { tax_id: 'IE7654321K', type: 'sole_trader' } })).not.toContain('IE7654321K');
    expect(json({ taxId: 'IE7654321K' })).not.toContain('IE7654321K');
    expect(json({ customer: { taxId: '86095742719', type: 'company' } })).not.toContain('86095742719');
  });
});

describe('an opaque id in a REST Users path is no home directory', () => {
  it('keeps UUIDs and ULIDs after /Users/', () => {
    expect(text('PATCH /scim/v2/Users/5b0f7c2e-9d41-4a8e-b3c6-0e2f71a9d854 -> 204')).toContain('5b0f7c2e-9d41-4a8e-b3c6-0e2f71a9d854');
    expect(text('GET /scim/v2/Users/01HZX4T7Q2B9M3K8R5V6W0Y1NA 200')).toContain('01HZX4T7Q2B9M3K8R5V6W0Y1NA');
  });

  it('still removes the login of a macOS home directory and a name in a Users path', () => {
    expect(text('open /Users/mkowalski/Documents/report.pdf')).not.toContain('mkowalski');
    expect(text('GET /scim/v2/Users/priya.nair 404')).not.toContain('priya.nair');
  });
});

describe('a Secrets Manager call names its secret', () => {
  const event = (params: Record<string, unknown>): unknown => ({ eventSource: 'secretsmanager.amazonaws.com', eventName: 'PutSecretValue', requestParameters: params });

  it('keeps secretId and name, still removes the secret string and binary', () => {
    const o = json(event({ secretId: 'staging/payments/api-signing', secretString: 'Wq8!vLr2#Zt9pXk4' }));
    expect(o).toContain('staging/payments/api-signing');
    expect(o).not.toContain('Wq8!vLr2#Zt9pXk4');
    const c = json(event({ name: 'staging/ledger/db', secretBinary: 'c2VjcmV0LWJ5dGVzLWZvci1sZWRnZXI=' }));
    expect(c).toContain('staging/ledger/db');
    expect(c).not.toContain('c2VjcmV0LWJ5dGVzLWZvci1sZWRnZXI=');
  });

  it('outside such an event a secretId is still judged as a credential name', () => {
    expect(json({ requestParameters: { secretId: 'Wq8vLr2Zt9pXk4Hn7Ys3' } })).not.toContain('Wq8vLr2Zt9pXk4Hn7Ys3');
  });
});

describe('the sender of an outbound SMS API call is the business', () => {
  const call = 'POST https://api.twilio.com/2010-04-01/Accounts/AC5f1e2d3c4b5a69788796a5b4c3d2e1f0/Messages.json';

  it('keeps From and removes To of the request form', () => {
    const o = json({ outbound: call, form: { To: '+44 7700 900461', From: '+18005550199', Body: 'Your code is on its way' } });
    expect(o).toContain('+18005550199');
    expect(o).not.toContain('+44 7700 900461');
  });

  it('still removes From of an inbound message', () => {
    expect(json({ event: 'sms.received', form: { To: '+18005550199', From: '+44 7700 900461', Body: 'STOP' } })).not.toContain('+44 7700 900461');
  });
});

describe('an error code after a credential\'s name is no credential', () => {
  it('keeps ERR_ codes and parenthesised codes, and the document after them is judged member by member', () => {
    const o = text('loader: cannot read SERVICE_CREDENTIALS (ERR_CREDENTIALS_UNREADABLE): {"type":"service_account","private_key":"-----BEGIN PRIVATE KEY-----\\nMIIBVgIBADANBgkqhkiG9w0BAQEFAASCAUAwggE8AgEAAkEA\\n-----END PRIVATE KEY-----","project_id":"ledger-prod"}');
    expect(o).toContain('ERR_CREDENTIALS_UNREADABLE');
    expect(o).toContain('ledger-prod');
    expect(o).not.toContain('MIIBVgIBADANBgkqhkiG9w0BAQEFAASCAUAwggE8AgEAAkEA');
    expect(text('API_TOKEN (TOKEN_SCOPE_MISSING) for job 7')).toContain('TOKEN_SCOPE_MISSING');
  });

  it('still removes a credential-shaped value after the same names', () => {
    expect(text('ERR_RETRY_PASSWORD=Vb7#qL2!xZ9m')).not.toContain('Vb7#qL2!xZ9m');
    expect(text('SERVICE_CREDENTIALS 9fK2xQ7vLm3ZpR8tWc4Y')).not.toContain('9fK2xQ7vLm3ZpR8tWc4Y');
  });
});
