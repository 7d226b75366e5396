// Cloud and platform sources: object-store access logs and signed URLs, IAM/STS, Terraform,
// Helm, Kubernetes, secret managers, CI for ML.
import * as v from './values.mjs';

const T = (record) => ({ format: 'text', record });
const O = (record, maps) => ({ format: 'object', record, ...(maps ? { maps } : {}) });

export const infra = {
  s3_access_log(c) {
    const ip = c.ipPub('s3_remote');
    return T(`${v.hex(64)} ${c.K('raw-events-prod')} [11/Apr/2025:17:02:11 +0000] ${ip} arn:aws:iam::${c.K('123456789012')}:user/${c.home('iam_user_name')} ${c.K(v.str(16, 'ABCDEF0123456789'))} REST.GET.OBJECT exports/customers.csv "GET /exports/customers.csv?X-Amz-Signature=${c.sig('x_amz_signature')} HTTP/1.1" 200 - 20931 20931 41 40 "-" "aws-cli/2.15.30" - TLS_AES_128_GCM_SHA256`);
  },
  gcs_signed_url(c) {
    const sig = c.L('other_secret', 'goog_signature', v.hex(512));
    return O({ severity: 'INFO', message: 'generated signed url', bucket: c.K('acme-ml-artifacts'), object: c.K('models/xgb-churn-v12/model.bst'), url: `https://storage.googleapis.com/acme-ml-artifacts/models/xgb-churn-v12/model.bst?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=exporter%40acme-data-prod.iam.gserviceaccount.com%2F20250411%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20250411T170000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=${sig}`, expires_in: 900, requested_by: c.email('requester') });
  },
  azure_sas(c) {
    const sig = c.L('other_secret', 'sas_signature', encodeURIComponent(`${v.b64(43)}=`));
    return T(`2025-04-11T17:10:02.551Z azure:storage-blob INFO PUT https://${c.K('acmedatalake.blob.core.windows.net')}/landing/crm/contacts.parquet?sv=2023-11-03&ss=b&srt=co&sp=rwdlac&se=2025-04-12T00:00:00Z&st=2025-04-11T00:00:00Z&spr=https&sig=${sig} -> 201 (${c.K('312ms')}) client=${c.ipPub('client')}`);
  },
  azure_conn_string(c) {
    const key = c.L('connection_string', 'azure_storage', `${v.b64(86)}==`);
    return O({ level: 'error', msg: 'BlobServiceClient.from_connection_string failed', conn: `DefaultEndpointsProtocol=https;AccountName=${c.K('acmedatalake')};AccountKey=${key};EndpointSuffix=core.windows.net`, attempt: 3, caller: c.email('caller') });
  },
  sts_assume_role(c) {
    const rec = { eventVersion: '1.08', eventName: c.K('AssumeRole'), eventSource: 'sts.amazonaws.com', sourceIPAddress: c.ipPub('cloudtrail'), userIdentity: { type: 'IAMUser', userName: c.home('iam_user_name'), accessKeyId: c.akid() }, requestParameters: { roleArn: c.K('arn:aws:iam::123456789012:role/airflow-etl'), roleSessionName: 'airflow-task-42' }, responseElements: { credentials: { accessKeyId: `ASIA${v.str(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`, sessionToken: c.L('token', 'aws_session_token', `IQoJb3JpZ2luX2VjE${v.b64(180)}`), expiration: 'Apr 11, 2025, 6:12:01 PM' } }, requestID: c.K(v.uuid()) };
    return O(rec);
  },
  terraform_plan(c) {
    const pw = c.pw('tf_plan');
    return T(`  # aws_db_instance.warehouse will be updated in-place\n  ~ resource "aws_db_instance" "warehouse" {\n        id                = "${c.K('warehouse-prod')}"\n      ~ password          = (sensitive value)\n        engine_version    = "${c.K('16.3')}"\n    }\n\nmodule.secrets.local_file.env: Creating...\n  + tags    = { "owner" = "${c.email('tf_tag')}" }\n  + content = "DB_PASSWORD=${pw}\\nDB_HOST=warehouse-prod.cluster-abc.eu-west-1.rds.amazonaws.com"`);
  },
  terraform_state(c) {
    const rec = { version: 4, terraform_version: c.K('1.8.5'), resources: [{ type: 'google_service_account_key', name: 'loader', instances: [{ attributes: { private_key: Buffer.from(JSON.stringify({ type: 'service_account' })).toString('base64'), private_key_pem: c.pk('tfstate'), public_key_type: 'TYPE_X509_PEM_FILE', labels: { owner: c.latin('tf_label') } } }] }] };
    return O(rec);
  },
  helm_values(c) {
    const pw = c.pw('helm_values');
    return T(`helm upgrade --install airflow apache-airflow/airflow -n data --version ${c.K('1.15.0')} \\\n  --set data.metadataConnection.pass=${pw} \\\n  --set webserver.defaultUser.email=${c.email('helm_set')} \\\n  --set webserverSecretKey=${c.L('other_secret', 'flask_secret_key', v.hex(32))}\nRelease "airflow" has been upgraded. Happy Helming!`);
  },
  k8s_secret_event(c) {
    const b = Buffer.from(v.password()).toString('base64');
    c.L('password', 'k8s_secret_b64', b);
    return O({ kind: 'Secret', apiVersion: 'v1', metadata: { name: c.K('clickhouse-credentials'), namespace: c.K('analytics'), annotations: { 'acme.io/owner': c.email('k8s_annotation') } }, data: { username: Buffer.from('default').toString('base64'), password: b }, type: 'Opaque' });
  },
  vault_audit(c) {
    const rec = { time: c.K(v.iso()), type: 'response', auth: { client_token: c.L('token', 'vault_token', `hvs.${v.b64url(90)}`), display_name: `oidc-${c.email('vault_display')}`, policies: ['data-eng'] }, request: { path: c.K('database/creds/analytics-ro'), remote_address: c.ipPriv('vault_remote') }, response: { data: { username: 'v-oidc-analytics-ro-8KfQ', password: c.pw('vault_dynamic') } } };
    return O(rec);
  },
  aws_secrets_manager(c) {
    const s = { username: 'svc_loader', password: c.pw('secret_string'), host: c.K('redshift-prod.cluster-xyz.eu-west-1.redshift.amazonaws.com'), port: 5439 };
    return T(`2025-04-11 18:01:02 DEBUG botocore.parsers: Response body: b'{"ARN":"arn:aws:secretsmanager:eu-west-1:123456789012:secret:redshift-loader","Name":"${c.K('redshift-loader')}","SecretString":${JSON.stringify(JSON.stringify(s))},"VersionId":"${c.K(v.uuid())}"}' (peer ${c.ipPriv('boto_peer')})`);
  },
  gcp_sa_key_leak(c) {
    const pk = c.pk('sa_json', 'PRIVATE KEY');
    const blob = JSON.stringify({ type: 'service_account', project_id: 'acme-data-prod', private_key_id: v.hex(40), private_key: `${pk}\n`, client_email: c.K('loader@acme-data-prod.iam.gserviceaccount.com') });
    return O({ level: 'warn', msg: 'GOOGLE_APPLICATION_CREDENTIALS_JSON present in env dump', env: { GOOGLE_APPLICATION_CREDENTIALS_JSON: blob, PYTHONUNBUFFERED: '1', HOME: `/home/${c.home('env_home')}` } });
  },
  github_actions_ml(c) {
    return T(`2025-04-11T18:20:01.1234567Z ##[group]Run python train.py --track\n2025-04-11T18:20:01.1245671Z env:\n2025-04-11T18:20:01.1247011Z   MLFLOW_TRACKING_URI: https://${c.K('mlflow.ml.internal')}\n2025-04-11T18:20:01.1247511Z   MLFLOW_TRACKING_PASSWORD: ${c.pw('ci_env')}\n2025-04-11T18:20:01.1248022Z   WANDB_API_KEY: ${c.wandb()}\n2025-04-11T18:20:01.1248301Z   HF_TOKEN: ${c.L('token', 'huggingface', `hf_${v.str(34)}`)}\n2025-04-11T18:20:01.1248541Z   GITHUB_SHA: ${c.K(v.sha40())}`);
  },
  gitlab_ci_runner(c) {
    return T(`Running with gitlab-runner ${c.K('17.0.0')} (44feccdf)\n$ dvc remote modify --local storage access_key_id ${c.akid()}\n$ dvc remote modify --local storage secret_access_key ${c.awsSecret()}\n$ git clone https://oauth2:${c.L('token', 'gitlab_pat', `glpat-${v.b64url(20)}`)}@gitlab.com/acme/ml-models.git\nJob succeeded in ${c.K('4m 12s')}`);
  },
  ssh_deploy_key(c) {
    return T(`ansible-playbook deploy-spark.yml: TASK [write deploy key] changed: [${c.K('spark-edge-1')}] => {"content": ${JSON.stringify(c.pk('ansible_diff', 'OPENSSH PRIVATE KEY') + '\n')}, "dest": "/home/${c.home()}/.ssh/id_ed25519", "mode": "0600"}`);
  },
  oauth_callback(c) {
    return T(`${c.ipPub('nginx_remote')} - - [11/Apr/2025:18:44:12 +0000] "GET /oauth/callback?code=${c.L('other_secret', 'oauth_code', v.b64url(40))}&state=${c.K(v.hex(16))} HTTP/2.0" 302 0 "https://accounts.google.com/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15" rt=${c.K('0.021')}`);
  },
  mfa_event(c) {
    return O({ event: 'mfa.challenge.verified', user: c.email('auth_event'), method: 'totp', code: c.otp('totp_code'), backup_codes_remaining: 7, recovery_code_used: c.L('other_secret', 'recovery_code', `${v.str(5, 'abcdefghjkmnpqrstuvwxyz23456789')}-${v.str(5, 'abcdefghjkmnpqrstuvwxyz23456789')}`), ts: c.K(v.iso()) });
  },
  sso_saml(c) {
    return T(`level=INFO logger=saml.sp msg="assertion accepted" NameID=${c.email('saml_nameid')} attrs.displayName="${c.name('saml_attr')}" attrs.employeeNumber=${c.K(`E${v.digits(6)}`)} attrs.mobile="${c.phone('saml_attr')}" session_index=${c.K(`_${v.hex(32)}`)}`);
  },
};
