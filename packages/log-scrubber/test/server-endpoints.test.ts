import { describe, expect, it } from 'vitest';
import { gone, kept, scrubber } from './helpers.js';

const s = scrubber();
const out = (value: unknown): string => JSON.stringify(s.scrub(value));
const text = (value: string): string => s.scrubText(value);

describe('private addresses in the server end of a connection', () => {
  it('keeps the upstream of an ingress-nginx access line, not its visitor', () => {
    const line =
      '198.51.100.40 - - [03/Feb/2026:10:11:12 +0000] "POST /api/orders HTTP/1.1" 201 512 "-" "okhttp/4.12" ' +
      '730 0.120 [shop-prod-api-8080] [] 172.21.4.19:8080 512 0.118 201 0f1e2d3c4b5a69788796a5b4c3d2e1f0';
    const o = text(line);
    kept(o, ['172.21.4.19:8080', '[shop-prod-api-8080]', '0f1e2d3c4b5a69788796a5b4c3d2e1f0']);
    gone(o, ['198.51.100.40']);
    // A retried request lists every upstream it tried.
    kept(text(line.replace('172.21.4.19:8080', '172.21.4.19:8080, 172.21.9.2:8080')), ['172.21.4.19:8080, 172.21.9.2:8080']);
  });

  it('still pseudonymises a private visitor and a public upstream', () => {
    const line =
      '10.30.1.5 - - [03/Feb/2026:10:11:12 +0000] "GET /status HTTP/1.1" 200 2 "-" "curl/8.5.0" ' +
      '98 0.004 [partner-gw-443] [] 203.0.113.88:443 2 0.004 200 9a8b7c6d5e4f30211203f4e5d6c7b8a9';
    const o = text(line);
    gone(o, ['10.30.1.5', '203.0.113.88']);
    // Brackets alone make no upstream column.
    gone(text('[worker] [] 10.30.7.7:51234 dropped'), ['10.30.7.7']);
  });

  it('keeps the listener a broker accepted a connection on, not the peer', () => {
    const line =
      "2026-02-03T10:11:12.345Z [info] <0.812.0> accepting AMQP connection <0.812.0> (192.0.2.61:51022 -> 192.168.30.7:5672, vhost: '/invoices', user: 'invoice-publisher')";
    const o = text(line);
    kept(o, ['192.168.30.7:5672', "vhost: '/invoices'", "user: 'invoice-publisher'"]);
    gone(o, ['192.0.2.61']);
    // A private peer is still someone's; an ephemeral destination port is a client's, not a listener.
    gone(text('conn 10.1.2.3:5672 -> 10.4.5.6:50123 reset'), ['10.1.2.3', '10.4.5.6']);
    // The person on the other end of the connection stays removed.
    gone(text("closing AMQP connection <0.9.0> (192.0.2.61:51022 -> 10.4.5.6:5672, vhost: '/', user: 'tbergstrom')"), ['tbergstrom']);
  });

  it("keeps a Redis server's own address and pseudonymises its clients, private or public", () => {
    // A client may be an engineer's workstation on the office network: only keepPrivateIps keeps it.
    gone(text('# slowlog id=4 ts=1770000000 duration_us=91 client=172.18.0.23:51514 name=orders-cache\n  1) "GET"'), ['172.18.0.23']);
    const list = text('id=7 addr=192.168.5.12:42110 laddr=192.168.5.3:6379 fd=9 name=worker age=12 idle=0 cmd=get');
    kept(list, ['laddr=192.168.5.3:6379']);
    gone(list, ['192.168.5.12']);
    gone(text('# slowlog id=5 ts=1770000001 duration_us=12 client=198.51.100.77:40000 name=ext'), ['198.51.100.77']);
    // Outside a datastore's client record a `client=` is a visitor.
    gone(text('sshd: session opened client=10.44.8.19:51000 user accepted'), ['10.44.8.19']);
  });
});

describe('program accounts under a person object', () => {
  it('keeps a service account in user.name and pseudonymises a person', () => {
    kept(out({ event: { action: 'authentication_failed' }, user: { name: 'svc_billing' } }), ['svc_billing']);
    kept(out({ user: { name: 'ledger_indexer' } }), ['ledger_indexer']);
    kept(out({ user: { name: 'logstash_system' } }), ['logstash_system']);
    gone(out({ user: { name: 'Maren Holt' } }), ['Maren Holt']);
    gone(out({ user: { name: 'mholt' } }), ['mholt']);
  });

  it('keeps messaging role accounts (consumers, publishers)', () => {
    kept(text("AMQP connection closed (vhost: '/ledger', user: 'ledger-consumer')"), ['ledger-consumer']);
    kept(out({ user: 'audit_subscriber' }), ['audit_subscriber']);
  });
});

describe('metadata keys written with an at sign', () => {
  it('keeps Logstash and JSON-LD keys, not as mentions', () => {
    const o = s.scrub({ '@timestamp': '2026-02-03T10:11:12Z', '@version': '1', '@metadata': { pipeline: 'x' }, '@context': 'https://schema.org' }) as Record<string, unknown>;
    expect(Object.keys(o)).toEqual(['@timestamp', '@version', '@metadata', '@context']);
    // A person's handle is still one.
    gone(text('ping @dkarlsson about the rollout'), ['dkarlsson']);
  });
});
