import { describe, expect, it } from 'vitest';
import { gone, kept, scrubber } from './helpers.js';

const s = scrubber();
const out = (value: unknown): string => JSON.stringify(s.scrub(value));
const text = (value: string): string => s.scrubText(value);

describe('connection strings in config dumps keep where they point', () => {
  it('keeps the host and database of a Go MySQL DSN in a TOML dump, not its password', () => {
    const password = 'Zq81mVtw0LpXr3KjB7';
    const o = text(`[storage]\ndsn = "mysql://ledger:${password}@tcp(ledger-db.svc.local:3306)/ledger?parseTime=true&loc=UTC"\npool = 8`);
    kept(o, ['ledger-db.svc.local:3306', '/ledger', 'parseTime=true', 'pool = 8']);
    gone(o, [password]);
    // Without a scheme, as go-sql-driver writes it.
    const bare = text(`dsn = "ledger:${password}@tcp(10.4.0.12:3306)/ledger"`);
    kept(bare, ['tcp(10.4.0.12:3306)/ledger']);
    gone(bare, [password]);
    // A query that carries a credential still takes the whole string.
    gone(text(`dsn = "mysql://ledger:${password}@tcp(ledger-db.svc.local:3306)/ledger?tls=custom&token=Hx82kPq0Zm4tVb7Lr1Ws"`), [password, 'Hx82kPq0Zm4tVb7Lr1Ws']);
  });

  it('keeps the hub and device of an Azure IoT Hub connection string, not its key', () => {
    const key = 'R2x1ZUtleUZvclRlc3RpbmdPbmx5MDEyMzQ1Njc4OWFi';
    const cs = `HostName=depot-hub.azure-devices.net;DeviceId=forklift-17;SharedAccessKey=${key}`;
    const o = out({ device: 'forklift-17', connectionString: cs });
    kept(o, ['HostName=depot-hub.azure-devices.net', 'DeviceId=forklift-17']);
    gone(o, [key]);
    const t = text(`ConnectionString: ${cs}`);
    kept(t, ['depot-hub.azure-devices.net', 'DeviceId=forklift-17']);
    gone(t, [key]);
    // Service Bus and Storage name the policy or account beside the key.
    const bus = out({ connectionString: `Endpoint=sb://orders-ns.servicebus.windows.net/;SharedAccessKeyName=send-only;SharedAccessKey=${key}` });
    kept(bus, ['orders-ns.servicebus.windows.net', 'SharedAccessKeyName=send-only']);
    gone(bus, [key]);
    const storage = out({ connectionString: `DefaultEndpointsProtocol=https;AccountName=invoicearchive;AccountKey=${key}==;EndpointSuffix=core.windows.net` });
    kept(storage, ['AccountName=invoicearchive']);
    gone(storage, [key]);
    // A key too short for the vendor rule leaves the string unchanged by the scan: it goes whole.
    expect(out({ connectionString: 'HostName=depot-hub.azure-devices.net;DeviceId=forklift-17;SharedAccessKey=abc' })).not.toContain('SharedAccessKey=abc');
  });
});

describe('Set-Cookie in a HAR headers list', () => {
  it('removes each cookie value and keeps its attributes', () => {
    const sid = 'Tm90QVJlYWxTZXNzaW9uSWRKdXN0QVRlc3RWYWx1ZQ';
    const remember = '8f14e45fceea167a5a36dedd4bea2543a9c1f0e7d3b2a1c4';
    const har = {
      response: {
        status: 200,
        headers: [
          { name: 'Set-Cookie', value: `__Secure-sid=${sid}; Path=/; Domain=shop.example; Secure; HttpOnly; SameSite=Strict` },
          { name: 'set-cookie', value: `keep_me=${remember}; Max-Age=1209600; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Path=/account` },
          { name: 'content-type', value: 'text/html' },
        ],
      },
    };
    const o = out(har);
    kept(o, ['__Secure-sid=', 'Path=/', 'Domain=shop.example', 'SameSite=Strict', 'Max-Age=1209600', 'Expires=Wed, 21 Oct 2026 07:28:00 GMT', 'Path=/account', 'text/html']);
    gone(o, [sid, remember]);
    // A request's Cookie header in the same list still loses every value.
    gone(out({ headers: [{ name: 'Cookie', value: `__Secure-sid=${sid}` }] }), [sid]);
    // Under another credential name the value still goes whole, attributes or not.
    expect(out({ headers: [{ name: 'Authorization', value: `Bearer ${sid}; Path=/` }] })).not.toContain('Path=/');
  });
});

describe('the server end of a connection', () => {
  it("keeps a HAR entry's serverIPAddress, public or private", () => {
    const o = out({ serverIPAddress: '203.0.114.80', connection: '443', request: { headers: [{ name: 'X-Forwarded-For', value: '198.51.100.23' }] } });
    kept(o, ['"serverIPAddress":"203.0.114.80"']);
    gone(o, ['198.51.100.23']);
    kept(out({ serverIPAddress: '[2606:4700:3030::6815:1e8]' }), ['2606:4700:3030::6815:1e8']);
    kept(out({ serverIp: '10.2.0.15' }), ['10.2.0.15']);
    // Only an address stays: anything else under the name is scanned like any value.
    gone(out({ serverIPAddress: 'ops.lead@example.org' }), ['ops.lead@example.org']);
    // A client's address still goes.
    gone(out({ clientIPAddress: '203.0.114.80', remoteAddress: '198.51.100.9' }), ['203.0.114.80', '198.51.100.9']);
  });

  it('still pseudonymises the public address a curl -v transcript dialled', () => {
    // Labelled data disagrees on whether it is the server's or someone's; until that is settled it goes.
    gone(text('*   Trying 93.184.215.14:443...\n* Connected to status.example.net (93.184.215.14) port 443'), ['93.184.215.14']);
  });
});

describe('GPS fix quality beside the coordinates', () => {
  it('keeps dilution, accuracy, speed, heading, altitude and satellites; the point goes', () => {
    const o = out({ fix: { lat: 52.37021, lon: 4.89516, hdop: 1.1, vdop: 0.7, pdop: 1.4, accuracy: 6, speed: 13.9, heading: 182, altitude: 4.2, sats: 11 } });
    kept(o, ['"hdop":1.1', '"vdop":0.7', '"pdop":1.4', '"accuracy":6', '"speed":13.9', '"heading":182', '"altitude":4.2', '"sats":11']);
    gone(o, ['52.37021', '4.89516']);
    kept(out({ position: { latitude: -1.28333, longitude: 36.81667, hdop: '0.8' } }), ['"hdop":"0.8"']);
    // A street under the same object is still an address, whatever it sits beside.
    gone(out({ location: { street: 'Keizersgracht 123', accuracy: 5 } }), ['Keizersgracht 123']);
    // Only numbers stay: text under a quality key is judged with the point.
    gone(out({ position: { lat: 52.37021, lon: 4.89516, heading: 'Keizersgracht 123' } }), ['Keizersgracht 123']);
  });
});

describe('collapse keys are routing labels, not credentials', () => {
  it('keeps a readable collapse key and removes a secret-shaped one', () => {
    const t = text('[push] send to device title="Your parcel is out" collapse_key=parcel_status -> OK');
    kept(t, ['collapse_key=parcel_status']);
    kept(out({ message: { android: { collapse_key: 'parcel_status' } }, headers: { 'apns-collapse-id': 'parcel-status' } }), ['parcel_status', 'parcel-status']);
    const secret = 'Kx7Qm2Zp9Lw4Rt8Vb1Nc6Hd3Jf0Gs5Ty';
    gone(text(`collapse_key=${secret} sent`), [secret]);
    gone(out({ collapseKey: secret }), [secret]);
  });
});
