// Dependencies shipping into the same index: Postgres, Redis, Kafka, RabbitMQ, Elasticsearch/OpenSearch, S3/GCS.
export function postgres(V, r) {
  const pid = V.int(1000, 99999);
  const head = `${r.k(`2026-06-${V.pad(V.int(8, 14), 2)} ${V.pad(V.int(0, 23), 2)}:${V.pad(V.int(0, 59), 2)}:${V.pad(V.int(0, 59), 2)}.${V.pad(V.int(0, 999), 3)} UTC`)} [${pid}] ledger_app@ledger`;
  const v = V.int(0, 3);
  if (v === 0) {
    const p = V.person();
    const email = r.s(V.email(p), 'email', 'pg_statement');
    const phone = r.s(V.phone(), 'phone', 'pg_statement');
    return r.text(`${head} LOG:  ${r.k(`duration: ${V.int(100, 9000)}.${V.int(100, 999)} ms`)}  statement: UPDATE customers SET email = '${email}', phone = '${phone}', updated_at = now() WHERE id = ${r.k(String(V.int(100000, 999999)))}`);
  }
  if (v === 1) {
    const pw = r.s(V.password(), 'password', 'alter_role');
    return r.text(`${head} LOG:  statement: ALTER ROLE ${r.k('reporting_ro')} WITH LOGIN PASSWORD '${pw}' VALID UNTIL '2026-12-31'`);
  }
  if (v === 2) {
    const ssn = r.s(V.ssn(), 'national_id', 'us_ssn');
    const name = r.s(V.person().full, 'person_name', 'pg_detail');
    return r.text(`${head} ERROR:  duplicate key value violates unique constraint "${r.k('contractors_tax_id_key')}"\n${head} DETAIL:  Key (tax_id)=(${ssn}) already exists.\n${head} STATEMENT:  INSERT INTO contractors (legal_name, tax_id, country) VALUES ('${name.replace(/'/g, "''")}', '${ssn}', 'US')`);
  }
  const ip = r.s(V.ipv4(), 'ip', 'pg_connection');
  return r.text(`${head} FATAL:  password authentication failed for user "${r.k('ledger_app')}"\n${head} DETAIL:  Connection matched pg_hba.conf line ${r.k(String(V.int(90, 140)))}: "hostssl all all 0.0.0.0/0 scram-sha-256"  connection from ${ip} port ${V.int(40000, 65000)}`);
}

export function redis(V, r) {
  if (V.chance(0.5)) {
    const pw = r.s(V.opaque(V.int(20, 36)), 'connection_string', 'redis_url');
    return r.obj({
      level: 50, msg: 'redis connection lost', err: { name: 'ReplyError', message: 'WRONGPASS invalid username-password pair or user is disabled.', command: { name: 'auth' } },
      options: { url: `redis://default:${pw}@redis-cache-${V.int(0, 2)}.redis.ledgerly.internal:6379/2`, connectTimeout: r.kf('connectTimeout', 10000), maxRetriesPerRequest: r.kf('maxRetriesPerRequest', 20) },
      host: r.k(V.podName('ledger-worker')),
    });
  }
  const sid = r.s(V.sessionId(), 'token', 'session_key');
  const sid2 = r.s(V.sessionId(), 'token', 'session_key');
  return r.text(`# slowlog ${r.k(`id=${V.int(1000, 99999)}`)} ${r.k(`ts=${V.int(1781000000, 1781600000)}`)} ${r.k(`duration_us=${V.int(10000, 900000)}`)} client=${r.k(`10.42.${V.int(0, 9)}.${V.int(2, 250)}:${V.int(30000, 60000)}`)} name=${r.k('sessions-pool')}\n  1) "MGET"\n  2) "sess:${sid}"\n  3) "sess:${sid2}"\n  4) "${r.k(`ratelimit:${V.tenantId()}`)}"`);
}

export function kafka(V, r) {
  const p = V.person();
  const evt = { type: 'user.signed_up', userId: r.k(`usr_${V.str(12)}`), email: r.s(V.email(p), 'email', 'kafka_value'), fullName: r.s(p.full, 'person_name', 'kafka_value'), ip: r.s(V.ipv4(), 'ip', 'kafka_value'), plan: r.k(V.product()), occurredAt: V.ts() };
  if (V.chance(0.35)) evt.phone = r.s(V.phone(), 'phone', 'kafka_value');
  return r.obj({
    level: 'warn', msg: 'consumer failed to process message, sending to DLQ', groupId: r.k('crm-sync-consumer'),
    topic: r.k('accounts.user-events.v2'), partition: r.kf('partition', V.int(0, 11)), offset: r.kf('offset', String(V.kafkaOffset())),
    key: r.k(V.tenantId()), headers: { 'trace-id': r.k(V.traceId()), 'schema-version': '7' }, value: JSON.stringify(evt),
    error: { message: 'HubSpot 429 Too Many Requests', retryAfterMs: r.kf('retryAfterMs', V.int(1000, 20000)) },
  });
}

export function rabbitmq(V, r) {
  if (V.chance(0.5)) {
    const pw = r.s(V.urlPassword(), 'connection_string', 'amqp_url');
    return r.text(`${r.k(V.ts())} [export-worker] error: amqp connect failed url=amqps://exporter:${pw}@rabbitmq.ledgerly.internal:5671/%2Fexports ${r.k('heartbeat=30')} code=${r.k('ACCESS_REFUSED')} - Login was refused using authentication mechanism PLAIN`);
  }
  return r.text(`${r.k(V.ts())} [error] <0.${V.int(1000, 9999)}.0> closing AMQP connection <0.${V.int(1000, 9999)}.0> (${r.s(V.ipv4(), 'ip', 'amqp_peer')}:${V.int(30000, 60000)} -> ${r.k('10.42.7.31:5672')}, vhost: '${r.k('/billing')}', user: '${r.k('billing-consumer')}'):\nclient unexpectedly closed TCP connection`);
}

export function search(V, r) {
  const p = V.person();
  if (V.chance(0.5)) {
    const email = r.s(V.email(p), 'email', 'es_slowlog');
    const name = r.s(p.full, 'person_name', 'es_slowlog');
    return r.text(`[${r.k(V.ts())}][WARN ][index.search.slowlog.query] [${r.k('es-data-2')}] [${r.k('customers-v14')}][${V.int(0, 5)}] ${r.k(`took[${V.int(1, 9)}.${V.int(1, 9)}s]`)}, took_millis[${V.int(1000, 9999)}], total_hits[${V.int(0, 40)} hits], search_type[QUERY_THEN_FETCH], source[{"query":{"bool":{"should":[{"term":{"email.keyword":"${email}"}},{"match_phrase":{"contact_name":"${name}"}}]}},"size":20}], id[${r.k(V.reqId())}]`);
  }
  const user = V.pick(['svc_search', 'svc_reports', 'kibana_system']);
  const pw = V.password();
  const basic = r.s(Buffer.from(`${user}:${pw}`).toString('base64'), 'password', 'basic_auth_b64');
  return r.obj({
    type: 'audit', '@timestamp': r.k(V.ts()), node: { name: r.k('opensearch-master-1') }, event: { action: 'authentication_failed' },
    user: { name: r.k(user) }, origin: { address: r.s(V.ipv4(), 'ip', 'os_audit') },
    request: { method: 'POST', path: r.k('/customers-v14/_search'), headers: { Authorization: [`Basic ${basic}`], 'Content-Type': ['application/json'] } },
  });
}

export function s3Access(V, r) {
  if (V.chance(0.55)) {
    const ip = r.s(V.ipv4(), 'ip', 's3_remote');
    const stoken = r.s(`IQoJb3JpZ2luX2VjE${V.str(120, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`, 'token', 'sts_session_token');
    const owner = r.k(V.sha256());
    const reqid = r.k(V.str(16, 'ABCDEF0123456789'));
    return r.text(`${owner} ledgerly-exports [${V.pad(V.int(8, 14), 2)}/Jun/2026:${V.pad(V.int(0, 23), 2)}:${V.pad(V.int(0, 59), 2)}:${V.pad(V.int(0, 59), 2)} +0000] ${ip} arn:aws:sts::${r.k(V.digits(12))}:assumed-role/export-worker/${V.int(1000000, 9999999)} ${reqid} REST.GET.OBJECT exports/${r.k(V.tenantId())}/ledger-2026-05.csv.gz "GET /exports/ledger-2026-05.csv.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900&X-Amz-Security-Token=${stoken}&X-Amz-SignedHeaders=host HTTP/1.1" 200 - ${V.int(1000, 9000000)} ${V.int(1000, 9000000)} ${V.int(10, 900)} ${V.int(5, 200)} "-" "aws-sdk-js/3.600.0" - ${V.b64(40)} SigV4 ECDHE-RSA-AES128-GCM-SHA256 QueryString ledgerly-exports.s3.eu-west-1.amazonaws.com TLSv1.3 - -`);
  }
  const ip = r.s(V.ipv4(), 'ip', 'gcs_c_ip');
  const p = V.person();
  const user = r.s(V.email(p), 'email', 'gcs_object');
  return r.text(`"time_micros","c_ip","c_ip_type","c_ip_region","cs_method","cs_uri","sc_status","cs_bytes","sc_bytes","time_taken_micros","cs_host","cs_referer","cs_user_agent","s_request_id","cs_operation","cs_bucket","cs_object"\n"${V.int(1781000000, 1781600000)}${V.digits(6)}","${ip}","1","","GET","/download/storage/v1/b/ledgerly-avatars/o/${encodeURIComponent(user).replace('%40', '@')}.png?alt=media","200","0","${V.int(1000, 90000)}","${V.int(1000, 90000)}","storage.googleapis.com","","Go-http-client/2.0","${r.k(V.str(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'))}","GET_Object","ledgerly-avatars","${user}.png"`);
}
