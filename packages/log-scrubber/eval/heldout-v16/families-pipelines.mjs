// Orchestration, transformation and streaming sources: Airflow, Dagster, dbt, Spark, Flink,
// Kafka Connect, Debezium, ETL validation, data-quality suites, export/import jobs.
import * as v from './values.mjs';

const T = (record) => ({ format: 'text', record });
const O = (record, maps) => ({ format: 'object', record, ...(maps ? { maps } : {}) });

export const pipelines = {
  airflow_task_log(c) {
    const ts = c.K(v.iso(false).replace('T', ' ').replace('Z', ',123'));
    const host = c.K(v.pick(['smtp.sendgrid.net', 'warehouse.internal', 'sftp.partner-drop.net']));
    const pw = c.cs('airflow_conn_uri');
    return T(`[${ts}] {base.py:73} INFO - Using connection ID 'partner_sftp' for task execution.\n[${ts}] {taskinstance.py:1138} INFO - AIRFLOW_CONN_PARTNER_SFTP=sftp://etl_user:${pw}@${host}:22/?key_file=%2Fopt%2Fkeys%2Fid_rsa\n[${ts}] {logging_mixin.py:188} INFO - failure e-mail sent to owner ${c.email('airflow_owner')}`);
  },
  airflow_xcom(c) {
    const name = c.name('xcom_value');
    const mail = c.email('xcom_value');
    return O({ dag_id: c.K('crm_daily_sync'), task_id: 'extract_contacts', run_id: c.K(v.runId()), map_index: -1,
      xcom: { key: 'return_value', value: JSON.stringify({ first_row: { contact_name: name, email: mail, phone: c.phone() } }) }, try_number: 1 });
  },
  airflow_variables(c) {
    const fernet = c.L('other_secret', 'fernet_key', `${v.b64url(43)}=`);
    const rec = { event: 'variable_set', variables: { slack_webhook_token: c.tok(), openai_api_key: c.key() }, max_active_runs: 16, core: { fernet_key: fernet, parallelism: 32 } };
    c.KF('max_active_runs', 16); c.KF('parallelism', 32);
    return O(rec, [['variables']]);
  },
  dagster_event(c) {
    const user = c.home();
    const run = c.K(v.uuid());
    return T(`2025-04-11 09:12:44 +0000 - dagster - ERROR - customer_ltv_job - ${run} - materialize_customers - STEP_FAILURE - Execution of step "materialize_customers" failed.\n\nFile "/home/${user}/repos/data-platform/assets/customers.py", line 88, in materialize_customers\n    df = load(email="${c.email('exception_arg')}")\nKeyError: 'ltv_score'`);
  },
  dagster_resource_config(c) {
    const rec = { run_config: { resources: { snowflake: { config: { account: c.K('xy12345.eu-central-1'), user: 'DAGSTER_SVC', password: c.pw('snowflake_resource'), warehouse: 'TRANSFORM_WH', role: c.K('TRANSFORMER') } }, s3: { config: { aws_access_key_id: c.akid(), aws_secret_access_key: c.awsSecret() } } } }, run_id: c.K(v.uuid()) };
    return O(rec);
  },
  dbt_run(c) {
    const model = c.K(v.pick(['stg_customers', 'fct_orders', 'dim_accounts', 'int_payments_pivoted']));
    const dur = c.K(`${v.int(1, 300)}.${v.int(10, 99)}s`);
    const n = c.latin('sql_literal');
    return T(`16:04:${v.pad(v.int(0, 59), 2)}  1 of 12 ERROR creating sql table model analytics.${model} ........ [ERROR in ${dur}]\n  Database Error in model ${model} (models/staging/${model}.sql)\n  100038 (22018): Numeric value '${n}' is not recognized\n  compiled Code at target/run/jaffle/models/staging/${model}.sql\n  project dir: /home/${c.home('dbt_project_dir')}/projects/jaffle`);
  },
  dbt_profiles(c) {
    const pw = c.pw('dbt_profile');
    return T(`Encountered an error while reading profiles:\n  ERROR Runtime Error\n  Could not find profile named 'jaffle'\n  profiles.yml:\n    outputs:\n      prod:\n        type: postgres\n        host: ${c.K('pg-analytics.prod.internal')}\n        user: dbt_runner\n        password: ${pw}\n        port: 5432\n        dbname: analytics\n        threads: 8\n        # maintainer: ${c.email('yaml_comment')}`);
  },
  spark_driver(c) {
    const ip = c.ipPriv('spark_driver');
    const dashed = ip.replace(/\./g, '-');
    c.L('ip', 'hostname_dashed', dashed);
    return T(`25/04/11 10:22:31 INFO SparkContext: Running Spark version ${c.K('3.5.1')}\n25/04/11 10:22:32 INFO Utils: Successfully started service 'sparkDriver' on port 7078.\n25/04/11 10:22:33 INFO SparkUI: Bound SparkUI to 0.0.0.0, and started at http://ip-${dashed}.eu-west-1.compute.internal:4040\n25/04/11 10:22:33 INFO BlockManagerMasterEndpoint: Registering block manager ${ip}:41613 with 2004.6 MiB RAM, BlockManagerId(driver, ${ip}, 41613, None)`);
  },
  spark_executor_row(c) {
    const email = c.email('csv_row');
    const card = c.card('csv_row');
    const stage = c.K(`stage ${v.int(1, 40)}.0`);
    return T(`25/04/11 10:31:07 WARN TaskSetManager: Lost task 3.0 in ${stage} (TID 118) (${c.K('spark-exec-4.data.svc')} executor 2): org.apache.spark.SparkException: Malformed CSV record\n  at org.apache.spark.sql.catalyst.csv.UnivocityParser.parse(UnivocityParser.scala:322)\n  record: "10293","${c.name('csv_row')}","${email}","${card}","2025-03-09"`);
  },
  spark_conf(c) {
    const rec = { 'spark.app.name': c.K('orders-compaction'), 'spark.hadoop.fs.s3a.access.key': c.akid(), 'spark.hadoop.fs.s3a.secret.key': c.awsSecret(), 'spark.executor.memory': '8g', 'spark.sql.shuffle.partitions': 400, 'spark.databricks.token': c.key('databricks') };
    c.KF('spark.sql.shuffle.partitions', 400); c.KF('spark.executor.memory', '8g');
    return O({ event: 'SparkListenerEnvironmentUpdate', 'Spark Properties': rec });
  },
  flink_jobmanager(c) {
    const pw = c.L('password', 'jaas_config', v.password().replace(/["\\]/g, 'x'));
    return T(`2025-04-11 11:02:15,482 INFO  org.apache.flink.runtime.jobmaster.JobMaster [] - Job ${c.K('fraud-scoring-stream')} (${c.K(v.hex(32))}) switched from state RUNNING to FAILING.\n2025-04-11 11:02:15,483 INFO  org.apache.flink.configuration.GlobalConfiguration [] - Loading configuration property: properties.sasl.jaas.config, org.apache.kafka.common.security.plain.PlainLoginModule required username="flink-svc" password="${pw}";\n2025-04-11 11:02:15,490 WARN  akka.remote.ReliableDeliverySupervisor [] - Association with remote system [akka.tcp://flink@${c.ipPriv('akka_remote')}:6123] has failed`);
  },
  kafka_connect_config(c) {
    const pw = c.cs('jdbc_url');
    const rec = { name: c.K('pg-orders-sink'), config: { 'connector.class': 'io.confluent.connect.jdbc.JdbcSinkConnector', 'connection.url': `jdbc:postgresql://${c.K('orders-db.prod.internal')}:5432/orders?user=connect&password=${pw}`, 'tasks.max': '4', 'topics': 'orders.cdc', 'batch.size': 3000, 'consumer.override.sasl.jaas.config': `org.apache.kafka.common.security.scram.ScramLoginModule required username="connect" password="${c.L('password', 'jaas_config', v.str(20))}";` } };
    c.KF('batch.size', 3000); c.KF('tasks.max', '4');
    return O(rec);
  },
  kafka_connect_worker(c) {
    const pw = c.pw('connector_config');
    return T(`[2025-04-11 12:00:03,117] ERROR [snowflake-sink|task-0] WorkerSinkTask{id=snowflake-sink-0} Task threw an uncaught and unrecoverable exception. Task is being killed (org.apache.kafka.connect.runtime.WorkerTask:212)\norg.apache.kafka.connect.errors.ConnectException: Failed to authenticate with config {snowflake.user.name=KAFKA_CONNECTOR, snowflake.private.key.passphrase=${pw}, snowflake.url.name=${c.K('xy12345.snowflakecomputing.com')}:443, buffer.count.records=10000} (worker ${c.ipPriv('connect_worker')}:8083)`);
  },
  debezium_change(c) {
    const before = { id: v.int(1000, 99999), full_name: c.name('cdc_before'), email: c.email('cdc_before'), phone: c.phone('cdc_before'), updated_at: 1744300000000 };
    const after = { ...before, email: c.email('cdc_after'), street: c.addr('cdc_after'), iban: c.iban('cdc_after') };
    const rec = { schema: { type: 'struct', name: c.K('dbserver1.inventory.customers.Envelope') }, payload: { before, after, source: { version: c.K('2.6.1.Final'), connector: 'postgresql', db: 'inventory', table: c.K('customers'), lsn: 24023128 }, op: 'u', ts_ms: 1744300001234 } };
    c.KF('lsn', 24023128);
    return O(rec);
  },
  debezium_text(c) {
    const ssn = c.nidOf('us_ssn', v.ssn);
    return T(`2025-04-11 12:14:09,221 WARN   ||  [Consumer clientId=connector-consumer-mysql-sink-0] Skipping record with key Struct{id=${v.int(1, 99999)}} offset=${c.K(`offset=${v.int(1e5, 9e6)}`).slice(7)} value=Struct{after=Struct{id=812,name=${c.latin('cdc_struct')},ssn=${ssn},dob=${c.dob('cdc_struct')}},source=Struct{version=2.5.0.Final,connector=mysql,name=crm}}   [io.debezium.connector.jdbc.JdbcChangeEventSink]`);
  },
  etl_validation(c) {
    const rows = [0, 1, 2].map(() => [v.int(1, 99999), c.latin('sample_row'), c.email('sample_row'), c.dob('sample_row')].join(','));
    return T(`ValidationError: 3 rows failed schema check for table ${c.K(v.pick(v.tables))} (rule ${c.K('not_null(signup_channel)')})\nsample rows (csv):\nid,name,email,birth_date\n${rows.join('\n')}`);
  },
  great_expectations(c) {
    const vals = [c.email('unexpected_list'), c.email('unexpected_list'), c.phone('unexpected_list')];
    const rec = { success: false, expectation_config: { expectation_type: c.K('expect_column_values_to_match_regex'), kwargs: { column: c.K('contact_email'), regex: '^[^@]+@[^@]+$', mostly: 0.99 } }, result: { element_count: 48211, unexpected_count: 3, unexpected_percent: 0.0062, partial_unexpected_list: vals }, meta: { suite: 'crm_contacts.critical' } };
    c.KF('element_count', 48211); c.KF('mostly', 0.99);
    return O(rec);
  },
  gx_text_report(c) {
    const ids = [c.nid(), c.nid()];
    return T(`Validation of suite "hr_people.warning" FAILED (${c.K(v.uuid())})\n  ✗ expect_column_values_to_be_unique(national_id): 2 duplicates\n      unexpected: ['${ids[0]}', '${ids[1]}']\n  ✓ expect_table_row_count_to_be_between(min=1000, max=50000)\n  run_time: ${c.K(v.iso())}`);
  },
  export_job(c) {
    const url = `https://${c.K('exports-prod.s3.eu-central-1.amazonaws.com')}/tenant-42/${c.K(v.uuid())}.csv.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${c.akid()}%2F20250411%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20250411T120000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=${c.sig('x_amz_signature')}`;
    return O({ level: 'info', msg: 'export ready', job: c.K(v.jobId()), customer: c.K(v.pick(v.companies)), requested_by: c.email('export_requester'), download_url: url, rows: 120443 });
  },
  import_job_rows(c) {
    const row = [c.latin('tsv_row'), c.addr('tsv_row'), c.phone('tsv_row'), c.iban('tsv_row')].join('\t');
    return T(`import-worker[${v.int(100, 9999)}]: level=warn job=${c.K(v.jobId())} file=${c.K('contacts_2025-04.tsv')} line=${v.int(2, 9000)} msg="rejected row: column count 4 != 6" raw="${row.replace(/\t/g, '\\t')}"`);
  },
  cdc_avro_registry(c) {
    const basic = Buffer.from(`sr-user:${v.password()}`).toString('base64');
    c.L('token', 'basic_auth_b64', basic);
    return T(`GET /subjects/orders-value/versions/latest HTTP/1.1\r\nHost: ${c.K('schema-registry.streaming.internal')}:8081\r\nAuthorization: Basic ${basic}\r\nUser-Agent: confluent-kafka-python/2.4.0\r\nX-Forwarded-For: ${c.ipPub('xff')}\r\nX-Request-Id: ${c.K(v.uuid())}`);
  },
};
