// Warehouse query logs (literals in SQL), feature stores and vector databases.
import * as v from './values.mjs';

const T = (record) => ({ format: 'text', record });
const O = (record, maps) => ({ format: 'object', record, ...(maps ? { maps } : {}) });

export const warehouse = {
  snowflake_query_history(c) {
    const q = `SELECT * FROM CRM.PUBLIC.CUSTOMERS WHERE EMAIL = '${c.email('sql_literal')}' OR PHONE = '${c.phone('sql_literal')}'`;
    return O({ QUERY_ID: c.K(`01b3${v.hex(4)}-0001-${v.hex(4)}-0000-${v.hex(12)}`), QUERY_TEXT: q, USER_NAME: 'LOOKER_SVC', WAREHOUSE_NAME: c.K('BI_WH'), EXECUTION_STATUS: 'SUCCESS', TOTAL_ELAPSED_TIME: 1832, CLIENT_IP: c.ipPub('client_ip') });
  },
  snowflake_create_user(c) {
    return T(`2025-04-11T08:01:22.118Z snowflake.connector.cursor DEBUG query: [CREATE USER analyst_${v.int(10, 99)} PASSWORD = '${c.pw('sql_create_user')}' DEFAULT_ROLE = ${c.K('ANALYST')} MUST_CHANGE_PASSWORD = TRUE COMMENT = 'for ${c.latin('sql_comment')}']`);
  },
  bigquery_job(c) {
    const rec = { protoPayload: { serviceName: 'bigquery.googleapis.com', methodName: c.K('jobservice.jobcompleted'), authenticationInfo: { principalEmail: c.email('gcp_principal') }, requestMetadata: { callerIp: c.ipPub('caller_ip') }, serviceData: { jobCompletedEvent: { job: { jobConfiguration: { query: { query: `UPDATE \`prod.crm.people\` SET dob = '${c.dob('sql_literal')}' WHERE tax_id = '${c.nid()}'` } }, jobStatistics: { totalBilledBytes: '10485760' } } } } }, resource: { labels: { project_id: c.K('acme-data-prod') } } };
    return O(rec);
  },
  redshift_stl_query(c) {
    const pw = c.pw('sql_alter_user');
    return T(`${c.K(v.iso(false))} | pid=${v.int(1000, 99999)} | userid=104 | xid=${v.int(1e6, 9e6)} | query=ALTER USER etl_loader PASSWORD '${pw}' VALID UNTIL '2026-01-01'; | label=${c.K('default')} | remotehost=${c.ipPriv('remotehost')}`);
  },
  redshift_copy(c) {
    return T(`COPY analytics.events FROM 's3://raw-events/2025/04/11/' CREDENTIALS 'aws_access_key_id=${c.akid()};aws_secret_access_key=${c.awsSecret()}' FORMAT AS JSON 'auto' GZIP; -- query ${c.K(`${v.int(100000, 999999)}`)} aborted: ${c.K('S3ServiceException')}`);
  },
  clickhouse_query_log(c) {
    const ip = c.ip6('clickhouse_client');
    return T(`${c.K(v.iso(false).replace('T', ' ').replace('Z', '.183211'))} [ ${v.int(100, 999)} ] {${c.K(v.uuid())}} <Debug> executeQuery: (from [${ip}]:52814, user: grafana) SELECT count() FROM events WHERE user_email = '${c.email('sql_literal')}' AND ip = '${c.ipPub('sql_literal')}' (stage: Complete)`);
  },
  clickhouse_json(c) {
    return O({ type: 'QueryFinish', query_id: c.K(v.uuid()), query_duration_ms: 418, user: 'default', address: `::ffff:${c.ipPriv('ch_address')}`, query: `INSERT INTO geo_pings (user_id, lat, lon) VALUES (88121, ${c.geo('sql_values').join(', ')})`, read_rows: 1 });
  },
  trino_query(c) {
    const rec = { queryId: c.K(`20250411_${v.pad(v.int(0, 235959), 6)}_${v.pad(v.int(0, 99999), 5)}_${v.str(5, 'abcdefghijkmnpqrstuvwxyz')}`), state: 'FAILED', user: c.home('trino_user'), errorCode: { name: c.K('COLUMN_NOT_FOUND') }, query: `SELECT iban, holder FROM lake.finance.accounts WHERE iban = '${c.iban('sql_literal')}'`, source: 'trino-jdbc', clientAddress: c.ipPriv('client_address') };
    return O(rec);
  },
  feature_store_lookup(c) {
    const entity = { customer_id: c.K(`cust_${v.hex(10)}`), email: c.email('entity_key') };
    const features = { sessions7d: 14, lastIp: c.ip4('feature_value'), homeGeo: c.geo('feature_value').join(','), birthDate: c.dob('feature_value') };
    c.KF('latency_ms', 7);
    return O({ service: c.K('feature-svc'), op: 'get_online_features', feature_service: c.K('churn_v12_fs'), entity, features, latency_ms: 7 }, [['features']]);
  },
  feast_materialize(c) {
    const pw = c.cs('redis_url');
    return T(`INFO:feast.infra.materialization:Materializing 3 feature views from ${c.K('2025-04-10 00:00:00+00:00')} to 2025-04-11 00:00:00+00:00 into the redis online store (redis://:${pw}@${c.K('feature-cache.redis.internal')}:6379/2) triggered by ${c.email('trigger_user')}`);
  },
  vector_upsert(c) {
    const rec = { op: 'upsert', collection: c.K('support_kb_v3'), points: [{ id: c.K(v.uuid()), vector_dim: 1024, payload: { source: 'zendesk', ticket: c.K(v.ticketNo()), author: c.name('vector_metadata'), author_email: c.email('vector_metadata'), text: `Hi, this is ${c.latin('chunk_text')}, my card ${c.card('chunk_text')} was charged twice.` } }] };
    c.KF('vector_dim', 1024);
    return O(rec);
  },
  pinecone_client(c) {
    const key = c.L('api_key', 'pinecone', `pcsk_${v.str(6)}_${v.str(60)}`);
    return T(`2025-04-11 13:22:09,441 ERROR pinecone.core.openapi.shared.rest: HTTP 401 on POST https://${c.K('kb-index-a1b2c3d.svc.aped-4627-b74a.pinecone.io')}/vectors/upsert headers={'Api-Key': '${key}', 'User-Agent': 'python-client-5.0.1'} first_metadata={'uploader': '${c.email('vector_metadata')}'}`);
  },
  weaviate_batch(c) {
    const obj = { class: 'Contract', properties: { party: c.name('batch_object'), counterparty_address: c.addr('batch_object'), signer_phone: c.phone('batch_object') }, id: c.K(v.uuid()) };
    return T(`{"level":"warning","action":"batch_objects","msg":"object failed validation","error":"invalid text property","object":${JSON.stringify(JSON.stringify(obj))},"time":"${c.K(v.iso(false))}"}`);
  },
  milvus_insert(c) {
    const meta = new Map([['patient_name', c.name('map_value')], ['mrn', c.K(`MRN-${v.digits(7)}`)], ['nhs_or_ssn', c.nid()]]);
    return O({ component: 'proxy', msg: 'insert request rejected: dim mismatch', collection: c.K('clinical_notes'), expected_dim: 768, client: c.ip6('grpc_peer'), meta: Object.fromEntries(meta) }, [['meta']]);
  },
  elastic_slowlog(c) {
    const q = { query: { bool: { must: [{ term: { 'customer.email.keyword': c.email('es_query') } }, { match: { 'customer.name': c.latin('es_query') } }] } } };
    return T(`[2025-04-11T14:03:11,992][WARN ][index.search.slowlog.query] [es-data-2] [${c.K('customers-2025.04')}][3] took[${c.K('2.4s')}], took_millis[2431], total_hits[1 hits], search_type[QUERY_THEN_FETCH], total_shards[6], source[${JSON.stringify(q)}], id[${c.K(v.uuid())}]`);
  },
};
