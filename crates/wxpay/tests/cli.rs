//! The `wxpay` binary end to end: every command, every exit code, against mock gateways on
//! 127.0.0.1 only (the embedded one, or one started by the test).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;
use wechatpay_v2_mock::{
    DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, Fault, MockConfig, MockServer,
};

const PATH: &str = "v2/vehicle/pay/notification";
const SCENE_INFO: &str = r#"scene_info={"scene_info":{"start_time":"20170826104339","plate_number":"粤B888888","parking_name":"欢乐海岸停车场","free_time":"1200"}}"#;
const ENV_VARS: [&str; 10] = [
    "WECHATPAY_MCH_ID",
    "WECHATPAY_API_KEY",
    "WECHATPAY_APPID",
    "WECHATPAY_BASE_URL",
    "WECHATPAY_ALL_HOSTS",
    "WECHATPAY_TIMEOUT",
    "WECHATPAY_CERT",
    "WECHATPAY_KEY",
    "WECHATPAY_P12",
    "WECHATPAY_P12_PASSWORD",
];
const BILL: &str = "v2/pay/downloadbill";
/// The first columns of the header line of a transaction bill.
const BILL_HEADER: &str = "交易时间,公众账号ID,商户号";
const REFUND: &str = "v2/secapi/pay/refund";
/// A 32-byte key the mock does not use.
const WRONG_KEY: &str = "ffffffffffffffffffffffffffffffff";

/// The binary with a clean environment, a 5 s HTTP timeout and a 60 s limit on the process.
fn wxpay() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wxpay"));
    for name in ENV_VARS {
        cmd.env_remove(name);
    }
    cmd.env("WECHATPAY_TIMEOUT", "5")
        .timeout(Duration::from_secs(60));
    cmd
}

/// The binary configured for a gateway at `base_url`, with `key`.
///
/// The app id is configured too: the seed endpoint requires `appid`, and only the embedded mock
/// fills in a default one.
fn wxpay_for(base_url: &str, key: &str) -> Command {
    let mut cmd = wxpay();
    cmd.env("WECHATPAY_BASE_URL", base_url)
        .env("WECHATPAY_API_KEY", key)
        .env("WECHATPAY_MCH_ID", DEFAULT_MCH_ID)
        .env("WECHATPAY_APPID", DEFAULT_APPID);
    cmd
}

/// What one run printed, and how it ended.
#[derive(Debug)]
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {self:?}"))
    }

    /// Neither stream contains `secret`.
    fn assert_never_shows(&self, secret: &str) {
        assert!(
            !self.stdout.contains(secret) && !self.stderr.contains(secret),
            "a secret was printed: {self:?}"
        );
    }
}

/// A file in the temp directory, unique to this run, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        Self(std::env::temp_dir().join(format!(
            "wxpay-cli-test-{}-{nanos}-{name}",
            std::process::id()
        )))
    }

    /// A temp file holding `contents`.
    fn with(name: &str, contents: impl AsRef<[u8]>) -> Self {
        let file = Self::new(name);
        std::fs::write(&file.0, contents).expect("the temp file is written");
        file
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn read(&self) -> Vec<u8> {
        std::fs::read(&self.0).unwrap_or_else(|e| panic!("{}: {e}", self.0.display()))
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn run(cmd: &mut Command) -> Run {
    let output = cmd.output().expect("wxpay runs");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// The seed request's `-d` arguments.
fn seed_args() -> Vec<&'static str> {
    vec![
        "post",
        PATH,
        "-d",
        "version=3.0",
        "-d",
        "sign_type=HMAC-SHA256",
        "-d",
        "trade_scene=PARKING",
        "-d",
        SCENE_INFO,
    ]
}

fn assert_success(run: &Run) {
    assert_eq!(run.code, Some(0), "{run:?}");
    let response = run.json();
    assert_eq!(response["return_code"], "SUCCESS", "{run:?}");
    assert_eq!(response["user_state"], "NORMAL", "{run:?}");
    assert_eq!(response["mch_id"], DEFAULT_MCH_ID, "{run:?}");
}

#[test]
fn post_with_nothing_configured_uses_the_embedded_mock() {
    let plain = run(wxpay().args(seed_args()));
    assert_success(&plain);
    assert!(plain.stderr.contains("embedded mock"), "{plain:?}");
    assert!(plain.stderr.contains("127.0.0.1"), "{plain:?}");
    plain.assert_never_shows(DEFAULT_API_KEY);

    let verbose = run(wxpay().args(seed_args()).arg("-v"));
    assert_success(&verbose);
    let post_line = verbose
        .stderr
        .lines()
        .find(|l| l.starts_with("POST "))
        .unwrap_or_default();
    assert!(
        post_line.starts_with("POST http://127.0.0.1:")
            && post_line.ends_with("/vehicle/pay/notification"),
        "{verbose:?}"
    );
    assert!(
        verbose
            .stderr
            .contains("<sign_type>HMAC-SHA256</sign_type>"),
        "{verbose:?}"
    );
    assert!(verbose.stderr.contains("<sign>"), "{verbose:?}");
    verbose.assert_never_shows(DEFAULT_API_KEY);

    let xml = run(wxpay().args(seed_args()).arg("--xml"));
    assert_eq!(xml.code, Some(0), "{xml:?}");
    assert!(xml.stdout.starts_with("<xml>"), "{xml:?}");
    assert!(xml.stdout.contains("NORMAL"), "{xml:?}");
}

#[test]
fn post_reads_fields_from_a_json_file_and_d_wins() {
    let file = std::env::temp_dir().join(format!(
        "wxpay-cli-test-{}-{:?}.json",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default()
    ));
    let fields = serde_json::json!({
        "version": "9.9",
        "sign_type": "HMAC-SHA256",
        "trade_scene": "PARKING",
        "scene_info": {
            "scene_info": {
                "start_time": "20170826104339",
                "plate_number": "粤B888888",
                "parking_name": "欢乐海岸停车场",
                "free_time": "1200"
            }
        }
    });
    std::fs::write(&file, fields.to_string()).expect("the temp file is written");

    let result =
        run(wxpay()
            .args(["post", PATH, "--json"])
            .arg(&file)
            .args(["-d", "version=3.0", "-v"]));
    let _ = std::fs::remove_file(&file);

    assert_success(&result);
    assert!(
        result.stderr.contains("<version>3.0</version>"),
        "-d overrides --json: {result:?}"
    );
    assert!(
        result.stderr.contains("plate_number"),
        "scene_info is sent as JSON text: {result:?}"
    );
    result.assert_never_shows(DEFAULT_API_KEY);
}

#[test]
fn bad_input_exits_with_2() {
    let no_equals = run(wxpay().args(["post", PATH, "-d", "novalue"]));
    assert_eq!(no_equals.code, Some(2), "{no_equals:?}");
    assert!(no_equals.stderr.contains("novalue"), "{no_equals:?}");
    assert!(no_equals.stderr.starts_with("wxpay: "), "{no_equals:?}");

    let no_version = run(wxpay().args([
        "post",
        PATH,
        "-d",
        "sign_type=HMAC-SHA256",
        "-d",
        "trade_scene=PARKING",
        "-d",
        SCENE_INFO,
    ]));
    assert_eq!(no_version.code, Some(2), "{no_version:?}");
    assert!(no_version.stderr.contains("version"), "{no_version:?}");

    let unknown = run(wxpay().args(["show", "v2/does/not/exist"]));
    assert_eq!(unknown.code, Some(2), "{unknown:?}");
    assert!(unknown.stderr.contains("v2/does/not/exist"), "{unknown:?}");

    let specs = run(wxpay().arg("specs"));
    assert_eq!(specs.code, Some(2), "{specs:?}");
    assert!(specs.stderr.contains("--json"), "{specs:?}");

    let usage = run(wxpay().arg("no-such-command"));
    assert_eq!(usage.code, Some(2), "{usage:?}");

    let missing_json = run(wxpay().args(["post", PATH, "--json", "/nonexistent/wxpay.json"]));
    assert_eq!(missing_json.code, Some(2), "{missing_json:?}");
}

#[test]
fn half_a_configuration_is_refused() {
    let key_only = run(wxpay()
        .args(seed_args())
        .env("WECHATPAY_API_KEY", DEFAULT_API_KEY));
    assert_eq!(key_only.code, Some(2), "{key_only:?}");
    assert!(key_only.stderr.contains("--base-url"), "{key_only:?}");
    key_only.assert_never_shows(DEFAULT_API_KEY);

    let url_only = run(wxpay()
        .args(seed_args())
        .env("WECHATPAY_BASE_URL", "http://127.0.0.1:1/"));
    assert_eq!(url_only.code, Some(2), "{url_only:?}");
    assert!(url_only.stderr.contains("--api-key"), "{url_only:?}");
}

#[test]
fn a_required_config_field_left_unconfigured_is_bad_input() {
    let key = "0123456789abcdef0123456789abcdef";
    let result = run(wxpay_for("http://127.0.0.1:1/", key)
        .env_remove("WECHATPAY_APPID")
        .args(seed_args()));
    assert_eq!(result.code, Some(2), "{result:?}");
    assert!(result.stderr.contains("appid"), "{result:?}");
    result.assert_never_shows(key);
}

#[test]
fn an_unreachable_gateway_exits_with_3() {
    let key = "0123456789abcdef0123456789abcdef";
    let result = run(wxpay_for("http://127.0.0.1:1/", key).args(seed_args()));
    assert_eq!(result.code, Some(3), "{result:?}");
    assert!(result.stderr.starts_with("wxpay: "), "{result:?}");
    result.assert_never_shows(key);
}

#[test]
fn a_protocol_fail_exits_with_4() {
    let mock = MockServer::start(MockConfig::default(), 0).expect("the mock starts");
    let result = run(wxpay_for(&mock.base_url(), WRONG_KEY).args(seed_args()));
    assert_eq!(result.code, Some(4), "{result:?}");
    assert!(result.stderr.contains("sign mismatch"), "{result:?}");
    result.assert_never_shows(WRONG_KEY);
}

#[test]
fn a_business_fail_exits_with_5() {
    let mock = MockServer::start(MockConfig::default(), 0).expect("the mock starts");
    mock.set_fault(Some(Fault::BusinessFail));
    let result = run(wxpay_for(&mock.base_url(), DEFAULT_API_KEY).args(seed_args()));
    assert_eq!(result.code, Some(5), "{result:?}");
    assert!(result.stderr.contains("SYSTEMERROR"), "{result:?}");
    result.assert_never_shows(DEFAULT_API_KEY);
}

#[test]
fn a_tampered_sign_exits_with_6() {
    let mock = MockServer::start(MockConfig::default(), 0).expect("the mock starts");
    mock.set_fault(Some(Fault::TamperedSign));
    let result = run(wxpay_for(&mock.base_url(), DEFAULT_API_KEY).args(seed_args()));
    assert_eq!(result.code, Some(6), "{result:?}");
    assert!(result.stderr.contains("sign"), "{result:?}");
    result.assert_never_shows(DEFAULT_API_KEY);
}

#[test]
fn an_http_500_exits_with_3_and_shows_the_body() {
    let mock = MockServer::start(MockConfig::default(), 0).expect("the mock starts");
    mock.set_fault(Some(Fault::Http500));
    let result = run(wxpay_for(&mock.base_url(), DEFAULT_API_KEY).args(seed_args()));
    assert_eq!(result.code, Some(3), "{result:?}");
    assert!(result.stderr.contains("System Error"), "{result:?}");
    result.assert_never_shows(DEFAULT_API_KEY);
}

#[test]
fn an_undeclared_path_is_sent_untyped() {
    // A path no endpoint will ever be declared at.
    let path = "v2/wxpay-cli-test/undeclared";
    let mock = MockServer::start(MockConfig::default(), 0).expect("the mock starts");
    let result = run(wxpay_for(&mock.base_url(), DEFAULT_API_KEY).args([
        "post",
        path,
        "-d",
        "out_trade_no=T1",
    ]));
    // The mock serves declared endpoints only and answers FAIL for any other path.
    assert_eq!(result.code, Some(4), "{result:?}");
    assert!(
        result.stderr.contains("/wxpay-cli-test/undeclared"),
        "{result:?}"
    );
    result.assert_never_shows(DEFAULT_API_KEY);
    let sent = mock
        .last_request_fields()
        .expect("the request reached the mock");
    assert_eq!(sent.get("out_trade_no").map(String::as_str), Some("T1"));
}

#[test]
fn list_show_and_specs_describe_the_declared_endpoints() {
    let list = run(wxpay().arg("list"));
    assert_eq!(list.code, Some(0), "{list:?}");
    assert!(list.stdout.contains(PATH), "{list:?}");
    assert!(list.stdout.contains("vehicle"), "{list:?}");

    let show = run(wxpay().args(["show", PATH]));
    assert_eq!(show.code, Some(0), "{show:?}");
    for expected in [
        "scene_info",
        "plate_number",
        "PARKING, PARKING SPACE",
        "one of:",
        "vehicle/pay/notification",
        "POST",
        "(from config)",
    ] {
        assert!(show.stdout.contains(expected), "{expected}: {show:?}");
    }

    let specs = run(wxpay().args(["specs", "--json"]));
    assert_eq!(specs.code, Some(0), "{specs:?}");
    let doc = specs.json();
    assert_eq!(doc["format"], 1);
    let endpoints = doc["endpoints"].as_array().expect("an endpoint array");
    let seed = endpoints
        .iter()
        .find(|e| e["path"] == PATH)
        .expect("the seed endpoint is listed");
    assert_eq!(seed["wire_path"], "vehicle/pay/notification");
    assert_eq!(seed["kind"], "call");
    assert_eq!(seed["method"], "POST");
    assert_eq!(seed["host"], Value::Null);
    assert_eq!(seed["cert"], false);
    assert_eq!(seed["signed_response"], true);
    assert_eq!(
        seed["sign_types"],
        serde_json::json!(["MD5", "HMAC-SHA256"])
    );
    let request = seed["request"].as_array().expect("request fields");
    let trade_scene = request
        .iter()
        .find(|f| f["name"] == "trade_scene")
        .expect("trade_scene is a request field");
    assert_eq!(trade_scene["kind"], "enum");
    assert_eq!(
        trade_scene["values"],
        serde_json::json!(["PARKING", "PARKING SPACE"])
    );
    let scene_info = request
        .iter()
        .find(|f| f["name"] == "scene_info")
        .expect("scene_info is a request field");
    assert_eq!(scene_info["kind"], "json");
    assert!(scene_info["json"]["object"].is_array(), "{scene_info}");
    let appid = request
        .iter()
        .find(|f| f["name"] == "appid")
        .expect("appid is a request field");
    assert_eq!(appid["config"], "appid");
}

#[test]
fn specs_describe_all_138_endpoints_with_their_nested_and_url_fields() {
    let doc = run(wxpay().args(["specs", "--json"])).json();
    let endpoints = doc["endpoints"].as_array().expect("an endpoint array");
    assert_eq!(endpoints.len(), 138);
    let find = |path: &str| {
        endpoints
            .iter()
            .find(|e| e["path"] == path)
            .unwrap_or_else(|| panic!("{path} is listed"))
    };
    let field = |endpoint: &Value, side: &str, name: &str| {
        endpoint[side]
            .as_array()
            .and_then(|fields| fields.iter().find(|f| f["name"] == name))
            .cloned()
            .unwrap_or_else(|| panic!("{name} in {side}"))
    };
    let names = |field: &Value| -> Vec<String> {
        field["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|f| f["name"].as_str().expect("a name").to_owned())
            .collect()
    };

    let red_packet = find("v2/mmpaymkttransfers/gethbinfo");
    let hblist = field(red_packet, "response", "hblist");
    assert_eq!(hblist["kind"], "nested");
    assert_eq!(hblist["each"], "hbinfo");
    assert_eq!(names(&hblist), ["openid", "amount", "rcv_time"]);
    assert_eq!(red_packet["query"], serde_json::json!([]));

    let merchants = find("v2/secapi/mch/submchmanage");
    assert_eq!(merchants["query"], serde_json::json!(["action"]));
    let mchinfo = field(merchants, "response", "mchinfo");
    assert_eq!(mchinfo["kind"], "nested");
    assert_eq!(mchinfo["each"], Value::Null);
    assert_eq!(names(&mchinfo)[..2], ["appid", "mch_id"]);
    assert_eq!(
        field(merchants, "request", "action")["values"],
        serde_json::json!(["add", "query"])
    );
}

#[test]
fn every_declared_endpoint_is_listed_and_shown() {
    let specs = run(wxpay().args(["specs", "--json"]));
    let doc = specs.json();
    let endpoints = doc["endpoints"].as_array().expect("an endpoint array");
    let list = run(wxpay().arg("list"));
    for endpoint in endpoints {
        let path = endpoint["path"].as_str().expect("a path");
        assert!(list.stdout.contains(path), "{path}: {list:?}");
        let show = run(wxpay().args(["show", path]));
        assert_eq!(show.code, Some(0), "{show:?}");
        for field in endpoint["request"].as_array().expect("request fields") {
            let name = field["name"].as_str().expect("a name");
            assert!(show.stdout.contains(name), "{path} {name}: {show:?}");
        }
    }
}

#[test]
fn post_dispatches_on_the_endpoint_kind_and_refuses_options_that_do_not_apply() {
    let specs = run(wxpay().args(["specs", "--json"]));
    let doc = specs.json();
    let endpoints = doc["endpoints"].as_array().expect("an endpoint array");
    let kind_of = |path: &str| {
        endpoints
            .iter()
            .find(|e| e["path"] == path)
            .map(|e| e["kind"].clone())
    };
    assert_eq!(kind_of(BILL), Some("download".into()));
    assert_eq!(kind_of("v2/papay/entrustweb"), Some("signed_url".into()));
    for endpoint in endpoints {
        let path = endpoint["path"].as_str().expect("a path");
        match endpoint["kind"].as_str() {
            // Without -o a download is refused before anything is sent.
            Some("download") => {
                let result = run(wxpay().args(["post", path, "-d", "a=b"]));
                assert_eq!(result.code, Some(2), "{result:?}");
                assert!(result.stderr.contains("-o"), "{result:?}");
                assert!(!result.stderr.contains("embedded mock"), "{result:?}");
            }
            // Without --media an upload is refused before anything is sent.
            Some("upload") => {
                let result = run(wxpay().args(["post", path]));
                assert_eq!(result.code, Some(2), "{result:?}");
                assert!(result.stderr.contains("--media"), "{result:?}");
                assert!(!result.stderr.contains("embedded mock"), "{result:?}");
            }
            // A signed URL takes neither -o nor --xml.
            Some("signed_url") => {
                for extra in [&["-o", "-"][..], &["--xml"]] {
                    let result = run(wxpay().args(["post", path]).args(extra));
                    assert_eq!(result.code, Some(2), "{result:?}");
                    assert!(result.stderr.contains(path), "{result:?}");
                }
            }
            _ => {}
        }
    }

    let output_for_a_call = run(wxpay().args(seed_args()).args(["-o", "-"]));
    assert_eq!(output_for_a_call.code, Some(2), "{output_for_a_call:?}");
    assert!(
        output_for_a_call.stderr.contains("download"),
        "{output_for_a_call:?}"
    );
    let media_for_a_call = run(wxpay().args(seed_args()).args(["--media", "x.png"]));
    assert_eq!(media_for_a_call.code, Some(2), "{media_for_a_call:?}");
    assert!(
        media_for_a_call.stderr.contains("--media"),
        "{media_for_a_call:?}"
    );
    let xml_for_a_download = run(wxpay().args(["post", BILL, "--xml", "-o", "-"]));
    assert_eq!(xml_for_a_download.code, Some(2), "{xml_for_a_download:?}");
    assert!(
        xml_for_a_download.stderr.contains("--xml"),
        "{xml_for_a_download:?}"
    );
}

/// The `-d` arguments of a bill download, plus `extra`.
fn bill_args<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["post", BILL, "-d", "bill_date=20261122"];
    args.extend_from_slice(extra);
    args
}

#[test]
fn a_download_writes_the_bill_to_a_file_with_nothing_configured() {
    let csv = TempFile::new("bill.csv");
    let plain = run(wxpay().args(bill_args(&["-o"])).arg(csv.path()));
    assert_eq!(plain.code, Some(0), "{plain:?}");
    let bytes = csv.read();
    assert!(bytes.starts_with(BILL_HEADER.as_bytes()), "{plain:?}");
    assert!(plain.stderr.contains("embedded mock"), "{plain:?}");
    assert!(
        plain.stderr.contains(&format!("{} bytes", bytes.len())),
        "the summary names the byte count: {plain:?}"
    );
    assert!(
        plain.stderr.contains(&csv.path().display().to_string()),
        "{plain:?}"
    );
    assert!(plain.stdout.is_empty(), "{plain:?}");
    plain.assert_never_shows(DEFAULT_API_KEY);

    let gz = TempFile::new("bill.csv.gz");
    let gzip = run(wxpay()
        .args(bill_args(&["-d", "tar_type=GZIP", "-o"]))
        .arg(gz.path()));
    assert_eq!(gzip.code, Some(0), "{gzip:?}");
    let compressed = gz.read();
    assert!(compressed.starts_with(&[0x1f, 0x8b]), "{gzip:?}");
    assert!(
        gzip.stderr.contains(&format!("{} bytes", compressed.len())),
        "{gzip:?}"
    );
    assert!(gzip.stderr.contains("gzip"), "{gzip:?}");

    let gunzipped = TempFile::new("gunzipped.csv");
    let gunzip = run(wxpay()
        .args(bill_args(&["-d", "tar_type=GZIP", "--gunzip", "-o"]))
        .arg(gunzipped.path()));
    assert_eq!(gunzip.code, Some(0), "{gunzip:?}");
    let text = gunzipped.read();
    assert!(text.starts_with(BILL_HEADER.as_bytes()), "{gunzip:?}");
    assert!(
        gunzip.stderr.contains(&format!("{} bytes", text.len())),
        "{gunzip:?}"
    );

    let stdout = run(wxpay().args(bill_args(&["-o", "-"])));
    assert_eq!(stdout.code, Some(0), "{stdout:?}");
    assert!(stdout.stdout.starts_with(BILL_HEADER), "{stdout:?}");
    assert!(
        stdout
            .stderr
            .contains(&format!("{} bytes", stdout.stdout.len())),
        "{stdout:?}"
    );

    let no_output = run(wxpay().args(bill_args(&[])));
    assert_eq!(no_output.code, Some(2), "{no_output:?}");
    assert!(no_output.stderr.contains("-o"), "{no_output:?}");
    assert!(no_output.stdout.is_empty(), "{no_output:?}");
}

#[test]
fn a_download_answered_with_an_error_leaves_the_file_alone() {
    let mock = MockServer::start(MockConfig::default(), 0).expect("the mock starts");
    let existing = TempFile::with("existing.csv", "yesterday's bill");
    let result = run(wxpay_for(&mock.base_url(), WRONG_KEY)
        .args(bill_args(&["-o"]))
        .arg(existing.path()));
    assert_eq!(result.code, Some(4), "{result:?}");
    assert!(result.stderr.contains("sign mismatch"), "{result:?}");
    assert_eq!(existing.read(), b"yesterday's bill", "{result:?}");
    result.assert_never_shows(WRONG_KEY);

    let absent = TempFile::new("absent.csv");
    let result = run(wxpay_for(&mock.base_url(), WRONG_KEY)
        .args(bill_args(&["-o"]))
        .arg(absent.path()));
    assert_eq!(result.code, Some(4), "{result:?}");
    assert!(!absent.path().exists(), "{result:?}");
}

#[test]
fn an_unwritable_output_exits_with_3() {
    let dir = TempFile::new("no-such-dir");
    let target = dir.path().join("bill.csv");
    let result = run(wxpay().args(bill_args(&["-o"])).arg(&target));
    assert_eq!(result.code, Some(3), "{result:?}");
    assert!(
        result.stderr.contains(&target.display().to_string()),
        "{result:?}"
    );
}

/// The rows of `--records` (stdout, one JSON object a line) and its summary line (stderr).
fn records_of(result: &Run) -> (Vec<Value>, Value) {
    let rows = result
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect();
    let summary = result
        .stderr
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .next_back()
        .unwrap_or_else(|| panic!("a summary line on stderr: {result:?}"));
    (rows, summary)
}

#[test]
fn records_prints_each_row_as_a_json_line_and_the_checked_summary() {
    let plain = run(wxpay().args(bill_args(&["--records"])));
    assert_eq!(plain.code, Some(0), "{plain:?}");
    let (rows, summary) = records_of(&plain);
    assert!(!rows.is_empty(), "{plain:?}");
    let first = &rows[0];
    assert_eq!(first["trade_state"], "SUCCESS", "{first}");
    assert!(
        first["trade_time"].as_str().is_some_and(|t| t.len() == 19),
        "{first}"
    );
    assert!(
        first["settlement_amount"].is_i64(),
        "amounts in fen: {first}"
    );
    assert!(first["fee"].is_number(), "{first}");
    assert_eq!(summary["rows"], rows.len(), "{plain:?}");
    assert_eq!(summary["summary"]["trade_count"], rows.len(), "{plain:?}");
    let settled: i64 = rows
        .iter()
        .map(|r| r["settlement_amount"].as_i64().unwrap())
        .sum();
    assert_eq!(summary["summary"]["settlement_total"], settled, "{plain:?}");

    // A gzip bill gives the same rows.
    let gzip = run(wxpay().args(bill_args(&["-d", "tar_type=GZIP", "--records"])));
    assert_eq!(gzip.code, Some(0), "{gzip:?}");
    assert_eq!(records_of(&gzip), (rows, summary));
}

#[test]
fn records_refuses_other_outputs_and_reports_bad_bills() {
    let with_output = run(wxpay().args(bill_args(&["--records", "-o", "-"])));
    assert_eq!(with_output.code, Some(2), "{with_output:?}");
    assert!(with_output.stdout.is_empty(), "{with_output:?}");
    let call = run(wxpay().args([
        "post",
        "v2/pay/orderquery",
        "-d",
        "out_trade_no=T1",
        "--records",
    ]));
    assert_eq!(call.code, Some(2), "{call:?}");
    assert!(call.stderr.contains("--records"), "{call:?}");

    // A mock whose bills have no summary: the rows, then the error naming what is missing.
    let mock = MockServer::start(MockConfig::default(), 0).expect("the mock starts");
    let cut = run(wxpay_for(&mock.base_url(), DEFAULT_API_KEY).args(bill_args(&["--records"])));
    assert_eq!(cut.code, Some(3), "{cut:?}");
    assert!(cut.stderr.contains("summary"), "{cut:?}");
    assert!(!cut.stdout.is_empty(), "{cut:?}");

    // An error answer is the usual failure, before any row.
    let wrong = run(wxpay_for(&mock.base_url(), WRONG_KEY).args(bill_args(&["--records"])));
    assert_eq!(wrong.code, Some(4), "{wrong:?}");
    assert!(wrong.stdout.is_empty(), "{wrong:?}");
    wrong.assert_never_shows(WRONG_KEY);
}

/// The fields of the official account contract-signing URL.
const ENTRUSTWEB: [&str; 15] = [
    "v2/papay/entrustweb",
    "-d",
    "plan_id=12535",
    "-d",
    "contract_code=100000",
    "-d",
    "request_serial=1000",
    "-d",
    "contract_display_account=test",
    "-d",
    "notify_url=https://example.com/n",
    "-d",
    "version=1.0",
    "-d",
    "timestamp=1414488825",
];

#[test]
fn a_signed_url_is_printed_without_a_call() {
    let key = "0123456789abcdef0123456789abcdee";
    let result = run(wxpay()
        .env("WECHATPAY_MCH_ID", DEFAULT_MCH_ID)
        .env("WECHATPAY_API_KEY", key)
        .env("WECHATPAY_APPID", DEFAULT_APPID)
        .arg("post")
        .args(ENTRUSTWEB));
    assert_eq!(result.code, Some(0), "{result:?}");
    let lines: Vec<&str> = result.stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{result:?}");
    let url = lines[0];
    assert!(
        url.starts_with("https://api.weixin.qq.com/papay/entrustweb?"),
        "{result:?}"
    );
    assert!(url.ends_with("#wechat_redirect"), "{result:?}");
    assert!(url.contains("sign="), "{result:?}");
    assert!(
        url.contains(&format!("mch_id={DEFAULT_MCH_ID}")),
        "{result:?}"
    );
    assert!(
        url.contains(&format!("appid={DEFAULT_APPID}")),
        "{result:?}"
    );
    assert!(!url.contains("nonce_str"), "{result:?}");
    assert!(!result.stderr.contains("embedded mock"), "{result:?}");
    result.assert_never_shows(key);

    // Nothing configured: signed with the mock's key, said on stderr; still no mock started.
    let defaulted = run(wxpay().arg("post").args(ENTRUSTWEB));
    assert_eq!(defaulted.code, Some(0), "{defaulted:?}");
    assert!(
        defaulted.stdout.starts_with("https://api.weixin.qq.com/"),
        "{defaulted:?}"
    );
    assert!(defaulted.stderr.contains("default key"), "{defaulted:?}");
    assert!(!defaulted.stderr.contains("embedded mock"), "{defaulted:?}");
    defaulted.assert_never_shows(DEFAULT_API_KEY);

    let missing_field = run(wxpay().args(["post", "v2/papay/entrustweb", "-d", "plan_id=1"]));
    assert_eq!(missing_field.code, Some(2), "{missing_field:?}");
    assert!(missing_field.stdout.is_empty(), "{missing_field:?}");
}

#[test]
fn a_get_call_sends_its_fields_in_the_query_string() {
    let result = run(wxpay().args([
        "post",
        "-v",
        "v2/papay/h5entrustweb",
        "-d",
        "plan_id=12535",
        "-d",
        "contract_code=100000",
        "-d",
        "request_serial=1000",
        "-d",
        "contract_display_account=test",
        "-d",
        "notify_url=https://example.com/n",
        "-d",
        "version=1.0",
        "-d",
        "sign_type=HMAC-SHA256",
        "-d",
        "timestamp=1414488825",
        "-d",
        "clientip=127.0.0.1",
    ]));
    assert_eq!(result.code, Some(0), "{result:?}");
    let get_line = result
        .stderr
        .lines()
        .find(|l| l.starts_with("GET "))
        .unwrap_or_default();
    assert!(
        get_line.starts_with("GET http://127.0.0.1:") && get_line.contains("/papay/h5entrustweb?"),
        "{result:?}"
    );
    assert!(get_line.contains("sign="), "{result:?}");
    assert!(!result.stderr.contains("<xml>"), "no XML body: {result:?}");
    assert!(result.json()["redirect_url"].is_string(), "{result:?}");
    result.assert_never_shows(DEFAULT_API_KEY);
}

/// The `-d` arguments of a refund, an endpoint that needs the client certificate.
fn refund_args() -> Vec<&'static str> {
    vec![
        "post",
        REFUND,
        "-d",
        "out_trade_no=T1",
        "-d",
        "out_refund_no=R1",
        "-d",
        "total_fee=100",
        "-d",
        "refund_fee=100",
    ]
}

fn assert_refunded(run: &Run) {
    assert_eq!(run.code, Some(0), "{run:?}");
    let response = run.json();
    assert_eq!(response["return_code"], "SUCCESS", "{run:?}");
    assert_eq!(response["out_refund_no"], "R1", "{run:?}");
}

/// A self-signed client certificate for the merchant, as PEM and DER.
///
/// The plain-HTTP mock cannot check it; the client only needs to have one.
struct ClientCert {
    cert_pem: String,
    cert_der: Vec<u8>,
    key_pem: String,
    key_der: Vec<u8>,
}

fn client_cert() -> ClientCert {
    let key = rcgen::KeyPair::generate().expect("a key pair");
    let cert = rcgen::CertificateParams::new(vec![DEFAULT_MCH_ID.to_owned()])
        .expect("certificate parameters")
        .self_signed(&key)
        .expect("a self-signed certificate");
    ClientCert {
        cert_pem: cert.pem(),
        cert_der: cert.der().to_vec(),
        key_pem: key.serialize_pem(),
        key_der: key.serialize_der(),
    }
}

/// A line from the middle of a PEM block: the key material itself.
fn pem_body_line(pem: &str) -> &str {
    pem.lines().nth(1).expect("a PEM body line")
}

#[test]
fn a_cert_endpoint_works_against_the_embedded_mock_with_nothing_configured() {
    let result = run(wxpay().args(refund_args()));
    assert_refunded(&result);
    assert!(result.stderr.contains("throwaway"), "{result:?}");
    assert!(!result.stderr.contains("PRIVATE KEY"), "{result:?}");
}

#[test]
fn a_cert_endpoint_without_a_certificate_is_refused_before_sending() {
    let mock = MockServer::start(MockConfig::default(), 0).expect("the mock starts");
    let result = run(wxpay_for(&mock.base_url(), DEFAULT_API_KEY).args(refund_args()));
    assert_eq!(result.code, Some(2), "{result:?}");
    assert!(result.stderr.contains(REFUND), "{result:?}");
    assert!(result.stderr.contains("--cert"), "{result:?}");
    assert!(result.stderr.contains("--p12"), "{result:?}");
    assert!(mock.requests().is_empty(), "nothing was sent: {result:?}");
    result.assert_never_shows(DEFAULT_API_KEY);
}

#[test]
fn pem_certificate_files_are_used_and_never_printed() {
    // Flows off: it refunds an order it never placed, and checks the plausible answer.
    let mock = MockServer::start(
        MockConfig {
            flows: false,
            ..MockConfig::default()
        },
        0,
    )
    .expect("the mock starts");
    let ClientCert {
        cert_pem, key_pem, ..
    } = client_cert();
    let cert = TempFile::with("client-cert.pem", &cert_pem);
    let key = TempFile::with("client-key.pem", &key_pem);

    let flags = run(wxpay_for(&mock.base_url(), DEFAULT_API_KEY)
        .args(refund_args())
        .arg("--cert")
        .arg(cert.path())
        .arg("--key")
        .arg(key.path()));
    assert_refunded(&flags);
    flags.assert_never_shows(pem_body_line(&key_pem));
    flags.assert_never_shows(DEFAULT_API_KEY);

    let env = run(wxpay_for(&mock.base_url(), DEFAULT_API_KEY)
        .env("WECHATPAY_CERT", cert.path())
        .env("WECHATPAY_KEY", key.path())
        .args(refund_args()));
    assert_refunded(&env);

    // The certificate where the key should be: refused, naming the files, showing neither.
    let swapped = run(wxpay_for(&mock.base_url(), DEFAULT_API_KEY)
        .args(refund_args())
        .arg("--cert")
        .arg(key.path())
        .arg("--key")
        .arg(cert.path()));
    assert_eq!(swapped.code, Some(2), "{swapped:?}");
    assert!(
        swapped.stderr.contains(&key.path().display().to_string()),
        "{swapped:?}"
    );
    swapped.assert_never_shows(pem_body_line(&key_pem));

    let key_only = run(wxpay_for(&mock.base_url(), DEFAULT_API_KEY)
        .args(refund_args())
        .arg("--key")
        .arg(key.path()));
    assert_eq!(key_only.code, Some(2), "{key_only:?}");
    assert!(key_only.stderr.contains("--cert"), "{key_only:?}");
    assert_eq!(mock.requests().len(), 2, "{:?}", mock.requests());
}

#[test]
fn a_missing_certificate_file_is_bad_input_naming_it() {
    let missing = std::env::temp_dir().join("wxpay-cli-test-no-such-cert.pem");
    let key_pem = client_cert().key_pem;
    let key = TempFile::with("key-for-missing-cert.pem", &key_pem);
    for mut cmd in [wxpay(), wxpay_for("http://127.0.0.1:1/", DEFAULT_API_KEY)] {
        let result = run(cmd
            .args(refund_args())
            .arg("--cert")
            .arg(&missing)
            .arg("--key")
            .arg(key.path()));
        assert_eq!(result.code, Some(2), "{result:?}");
        assert!(
            result.stderr.contains(&missing.display().to_string()),
            "{result:?}"
        );
        assert!(
            !result.stderr.contains("embedded mock"),
            "the files are read before the mock starts: {result:?}"
        );
        result.assert_never_shows(pem_body_line(&key_pem));
    }
}

#[test]
fn a_p12_archive_is_used_with_the_merchant_id_as_default_password() {
    let pair = client_cert();
    // As WeChat Pay's: the merchant id is the password.
    let mut store = p12_keystore::KeyStore::new();
    let chain = p12_keystore::PrivateKeyChain::new(
        b"merchant".to_vec(),
        p12_keystore::PrivateKey::from_der(&pair.key_der).expect("a private key"),
        [p12_keystore::Certificate::from_der(&pair.cert_der).expect("a certificate")],
    );
    store.add_entry(
        "merchant",
        p12_keystore::KeyStoreEntry::PrivateKeyChain(chain),
    );
    let archive = store
        .writer(DEFAULT_MCH_ID)
        .write()
        .expect("the archive is written");
    let p12 = TempFile::with("apiclient_cert.p12", archive);

    // Flows off: it refunds an order it never placed, and checks the plausible answer.
    let mock = MockServer::start(
        MockConfig {
            flows: false,
            ..MockConfig::default()
        },
        0,
    )
    .expect("the mock starts");
    let defaulted = run(wxpay_for(&mock.base_url(), DEFAULT_API_KEY)
        .args(refund_args())
        .arg("--p12")
        .arg(p12.path()));
    assert_refunded(&defaulted);
    defaulted.assert_never_shows(pem_body_line(&pair.key_pem));

    let password = "not-the-password-4711";
    let wrong = run(wxpay_for(&mock.base_url(), DEFAULT_API_KEY)
        .env("WECHATPAY_P12", p12.path())
        .env("WECHATPAY_P12_PASSWORD", password)
        .args(refund_args()));
    assert_eq!(wrong.code, Some(2), "{wrong:?}");
    assert!(
        wrong.stderr.contains(&p12.path().display().to_string()),
        "{wrong:?}"
    );
    wrong.assert_never_shows(password);
}

#[test]
fn a_file_that_is_not_pkcs12_is_bad_input_naming_it() {
    let password = "s3cret-p12-password";
    let not_p12 = TempFile::with("not-a.p12", "-----BEGIN CERTIFICATE-----\nnope\n");
    let mock = MockServer::start(MockConfig::default(), 0).expect("the mock starts");
    for mut cmd in [wxpay(), wxpay_for(&mock.base_url(), DEFAULT_API_KEY)] {
        let result = run(cmd
            .args(refund_args())
            .arg("--p12")
            .arg(not_p12.path())
            .args(["--p12-password", password]));
        assert_eq!(result.code, Some(2), "{result:?}");
        assert!(
            result
                .stderr
                .contains(&not_p12.path().display().to_string())
                || result.stderr.contains("archive"),
            "{result:?}"
        );
        result.assert_never_shows(password);
    }
    assert!(mock.requests().is_empty(), "{:?}", mock.requests());

    let both = run(wxpay()
        .args(refund_args())
        .arg("--p12")
        .arg(not_p12.path())
        .arg("--cert")
        .arg(not_p12.path()));
    assert_eq!(both.code, Some(2), "{both:?}");
}

#[test]
fn sign_reproduces_the_official_vector() {
    let key = "192006250b4c09247ec02edce69f6a2d";
    let fields = [
        "-d",
        "appid=wxd930ea5d5a258f4f",
        "-d",
        "mch_id=10000100",
        "-d",
        "device_info=1000",
        "-d",
        "body=test",
        "-d",
        "nonce_str=ibuaiVcKdpRxkhJA",
    ];
    let canonical = "canonical: appid=wxd930ea5d5a258f4f&body=test&device_info=1000&mch_id=10000100&nonce_str=ibuaiVcKdpRxkhJA&key=********";

    let md5 = run(wxpay()
        .env("WECHATPAY_API_KEY", key)
        .arg("sign")
        .args(fields));
    assert_eq!(md5.code, Some(0), "{md5:?}");
    assert!(md5.stdout.contains(canonical), "{md5:?}");
    assert!(
        md5.stdout
            .contains("sign: 9A0A8659F005D6984697E2CA0A9CF3B7"),
        "{md5:?}"
    );
    md5.assert_never_shows(key);

    let hmac = run(wxpay()
        .env("WECHATPAY_API_KEY", key)
        .arg("sign")
        .args(fields)
        .args(["--sign-type", "HMAC-SHA256"]));
    assert_eq!(hmac.code, Some(0), "{hmac:?}");
    assert!(
        hmac.stdout
            .contains("sign: 6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6"),
        "{hmac:?}"
    );
    hmac.assert_never_shows(key);

    let from_field = run(wxpay()
        .env("WECHATPAY_API_KEY", key)
        .arg("sign")
        .args(fields)
        .args(["-d", "sign_type=HMAC-SHA256"]));
    assert_eq!(from_field.code, Some(0), "{from_field:?}");
    let sign_line = from_field
        .stdout
        .lines()
        .find(|l| l.starts_with("sign: "))
        .expect("a sign line");
    assert_eq!(sign_line.len(), "sign: ".len() + 64, "{from_field:?}");

    let defaulted = run(wxpay().arg("sign").args(fields));
    assert_eq!(defaulted.code, Some(0), "{defaulted:?}");
    assert!(defaulted.stderr.contains("default key"), "{defaulted:?}");
    defaulted.assert_never_shows(DEFAULT_API_KEY);
}

#[test]
fn help_documents_exit_codes_and_hides_the_key() {
    let key = "0123456789abcdef0123456789abcdef";
    let help = run(wxpay().env("WECHATPAY_API_KEY", key).arg("--help"));
    assert_eq!(help.code, Some(0), "{help:?}");
    assert!(help.stdout.contains("Exit codes"), "{help:?}");
    assert!(help.stdout.contains("WECHATPAY_API_KEY"), "{help:?}");
    help.assert_never_shows(key);

    let password = "s3cret-p12-password";
    let post_help = run(wxpay()
        .env("WECHATPAY_API_KEY", key)
        .env("WECHATPAY_P12_PASSWORD", password)
        .args(["post", "--help"]));
    assert_eq!(post_help.code, Some(0), "{post_help:?}");
    for option in [
        "--cert",
        "--key",
        "--p12",
        "--p12-password",
        "--output",
        "--gunzip",
    ] {
        assert!(post_help.stdout.contains(option), "{option}: {post_help:?}");
    }
    assert!(
        post_help.stdout.contains("WECHATPAY_P12_PASSWORD"),
        "{post_help:?}"
    );
    post_help.assert_never_shows(key);
    post_help.assert_never_shows(password);
}

#[test]
fn global_options_work_after_the_subcommand() {
    let mock = MockServer::start(MockConfig::default(), 0).expect("the mock starts");
    let base_url = mock.base_url();
    let mut args = seed_args();
    args.extend([
        "--base-url",
        base_url.as_str(),
        "--api-key",
        DEFAULT_API_KEY,
        "--mch-id",
        DEFAULT_MCH_ID,
        "--appid",
        "wx0000000000000001",
    ]);
    let result = run(wxpay().args(&args));
    assert_success(&result);
    assert!(!result.stderr.contains("embedded mock"), "{result:?}");
    assert_eq!(result.json()["appid"], "wx0000000000000001", "{result:?}");
    result.assert_never_shows(DEFAULT_API_KEY);
}

#[test]
fn the_mock_command_serves_until_stopped() {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_wxpay"))
        .args(["mock", "--port", "0"])
        .env_remove("WECHATPAY_MCH_ID")
        .env_remove("WECHATPAY_API_KEY")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("wxpay mock starts");
    let stderr = child.stderr.take().expect("stderr is piped");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stderr).read_line(&mut line);
        let _ = tx.send(line);
    });
    let line = rx.recv_timeout(Duration::from_secs(30));
    let base_url = line.as_deref().ok().and_then(|l| {
        let start = l.find("http://")?;
        let rest = &l[start..];
        Some(rest[..rest.find(' ').unwrap_or(rest.len())].to_owned())
    });

    let result = base_url
        .as_deref()
        .map(|url| run(wxpay_for(url, DEFAULT_API_KEY).args(seed_args())));
    let _ = child.kill();
    let _ = child.wait();

    let line = line.unwrap_or_default();
    assert!(line.contains("127.0.0.1"), "{line}");
    assert!(!line.contains(DEFAULT_API_KEY), "{line}");
    let result = result.expect("the mock printed its URL");
    assert_success(&result);
}

const UPLOAD: &str = "v2/secapi/mch/uploadmedia";

#[test]
fn an_upload_sends_the_media_file_with_nothing_configured() {
    let png = TempFile::with("id-card.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let result = run(wxpay()
        .args(["post", "-v", UPLOAD, "--media"])
        .arg(png.path()));
    assert_eq!(result.code, Some(0), "{result:?}");
    let response = result.json();
    assert_eq!(response["return_code"], "SUCCESS", "{result:?}");
    assert!(
        response["media_id"]
            .as_str()
            .is_some_and(|id| !id.is_empty()),
        "{result:?}"
    );
    // -v: the signed text parts, and the file described, never its bytes.
    assert!(result.stderr.contains("multipart/form-data"), "{result:?}");
    assert!(result.stderr.contains("media_hash="), "{result:?}");
    assert!(result.stderr.contains("image/png, 16 bytes"), "{result:?}");
    assert!(!result.stderr.contains("IHDR"), "{result:?}");
    result.assert_never_shows(DEFAULT_API_KEY);

    let wrong_hash = run(wxpay()
        .args([
            "post",
            UPLOAD,
            "-d",
            "media_hash=00000000000000000000000000000000",
            "--media",
        ])
        .arg(png.path()));
    assert_eq!(wrong_hash.code, Some(2), "{wrong_hash:?}");
    assert!(wrong_hash.stderr.contains("media_hash"), "{wrong_hash:?}");

    let gif = TempFile::with("anim.gif", b"GIF89a");
    let not_an_image = run(wxpay().args(["post", UPLOAD, "--media"]).arg(gif.path()));
    assert_eq!(not_an_image.code, Some(2), "{not_an_image:?}");
    assert!(not_an_image.stderr.contains(".png"), "{not_an_image:?}");
}

/// The endpoints whose requests carry no `nonce_str` though they are `POST` calls with an XML
/// body (declared `nonceless`): their documentation sends none, and the mock gateway, like a
/// gateway that checks the field list, refuses one.
const NONCELESS: [&str; 18] = [
    "v2/cgi-bin/mch/customs/customdeclareorder",
    "v2/cgi-bin/mch/customs/customdeclarequery",
    "v2/cgi-bin/mch/newcustoms/customdeclareredeclare",
    "v2/papay/deletecontract",
    "v2/papay/partner/deletecontract",
    "v2/papay/partner/preentrustweb",
    "v2/papay/partner/querycontract",
    "v2/papay/preentrustweb",
    "v2/papay/querycontract",
    "v2/pay/queryexchagerate",
    "v2/secapi/mch/addInstitutionsub",
    "v2/secapi/mch/addsubdevconfig",
    "v2/secapi/mch/channelsetting",
    "v2/secapi/mch/modifyInstitutionsub",
    "v2/secapi/mch/modifymchinfo",
    "v2/secapi/mch/queryInstitutionsub",
    "v2/secapi/mch/querysubdevconfig",
    "v2/secapi/mch/submchmanage",
];

/// The `-d` arguments of an endpoint's example request: the fields of its snapshot in the
/// endpoint tests (`tests/endpoints/snapshots`), without the `sign`; a first line `?a=b` holds
/// the fields that go in the URL.
fn example_fields(path: &str) -> Vec<String> {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/endpoints/snapshots")
        .join(format!(
            "endpoints__support__{}.snap",
            path.replace('/', "__")
        ));
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file:?}: {e}"));
    let body = text.splitn(3, "---\n").nth(2).expect("a snapshot body");
    let mut args = Vec::new();
    let mut xml = body.trim();
    if let Some(rest) = xml.strip_prefix('?') {
        let (query, document) = rest.split_once('\n').expect("the body after the query");
        for pair in query.split('&') {
            args.push(pair.to_owned());
        }
        xml = document;
    }
    let fields =
        wechatpay_v2_protocol::xml::parse_document(xml.as_bytes(), "xml").expect("flat XML");
    for (name, value) in fields {
        if name != "sign" {
            args.push(format!("{name}={value}"));
        }
    }
    args
}

#[test]
fn nonceless_endpoints_are_posted_without_a_nonce_and_accepted() {
    let doc = run(wxpay().args(["specs", "--json"])).json();
    let mut nonceless: Vec<&str> = doc["endpoints"]
        .as_array()
        .expect("an endpoint array")
        .iter()
        .filter(|e| e["nonce"] == false && e["kind"] == "call" && e["method"] == "POST")
        .map(|e| e["path"].as_str().expect("a path"))
        .collect();
    nonceless.sort_unstable();
    assert_eq!(nonceless, NONCELESS);

    for path in NONCELESS {
        let mut cmd = wxpay();
        cmd.args(["post", "-v", path]);
        for field in example_fields(path) {
            cmd.args(["-d", &field]);
        }
        let sent = run(&mut cmd);
        assert_eq!(sent.code, Some(0), "{path}: {sent:?}");
        assert_eq!(sent.json()["return_code"], "SUCCESS", "{path}: {sent:?}");
        assert!(sent.stderr.contains("<sign>"), "{path}: {sent:?}");
        assert!(!sent.stderr.contains("nonce_str"), "{path}: {sent:?}");
    }

    // A `nonce_str` given by hand is refused before anything is sent, naming the field.
    let path = "v2/pay/queryexchagerate";
    let mut cmd = wxpay();
    cmd.args(["post", path, "-d", "nonce_str=ABC"]);
    for field in example_fields(path) {
        cmd.args(["-d", &field]);
    }
    let refused = run(&mut cmd);
    assert_eq!(refused.code, Some(2), "{refused:?}");
    assert!(
        refused
            .stderr
            .contains("field `nonce_str`: is not a field of this endpoint"),
        "{refused:?}"
    );

    let shown = run(wxpay().args(["show", path]));
    assert!(
        shown.stdout.contains("this endpoint takes no nonce_str"),
        "{shown:?}"
    );
    let shown = run(wxpay().args(["show", PATH]));
    assert!(
        shown
            .stdout
            .contains("nonce_str and sign are added when sending"),
        "{shown:?}"
    );
}

#[test]
fn records_prints_a_page_of_comments_and_the_next_offset() {
    let mock = MockServer::start(MockConfig::default(), 0).expect("the mock starts");
    let placed = run(wxpay_for(&mock.base_url(), DEFAULT_API_KEY).args([
        "post",
        "v2/pay/unifiedorder",
        "-d",
        "body=Parking",
        "-d",
        "out_trade_no=C1001",
        "-d",
        "total_fee=1500",
        "-d",
        "spbill_create_ip=127.0.0.1",
        "-d",
        "notify_url=https://example.com/notify",
        "-d",
        "trade_type=NATIVE",
        "-d",
        "product_id=bay-12",
    ]));
    assert_eq!(placed.code, Some(0), "{placed:?}");
    let paid = mock.pay("C1001").expect("paid");
    let day = &paid.time_end.expect("a payment time")[..8];
    let ClientCert {
        cert_pem, key_pem, ..
    } = client_cert();
    let cert = TempFile::with("comments-cert.pem", &cert_pem);
    let key = TempFile::with("comments-key.pem", &key_pem);
    let (begin, end) = (
        format!("begin_time={day}000000"),
        format!("end_time={day}235959"),
    );
    let page = run(wxpay_for(&mock.base_url(), DEFAULT_API_KEY)
        .args([
            "post",
            "v2/billcommentsp/batchquerycomment",
            "-d",
            "sign_type=HMAC-SHA256",
            "-d",
            &begin,
            "-d",
            &end,
            "-d",
            "offset=0",
            "--records",
        ])
        .arg("--cert")
        .arg(cert.path())
        .arg("--key")
        .arg(key.path()));
    assert_eq!(page.code, Some(0), "{page:?}");
    let (comments, summary) = records_of(&page);
    assert_eq!(comments.len(), 1, "{page:?}");
    assert_eq!(
        comments[0]["transaction_id"],
        paid.transaction_id.expect("a transaction id").as_str(),
        "{page:?}"
    );
    assert!(
        (1..=5).contains(&comments[0]["stars"].as_u64().unwrap()),
        "{page:?}"
    );
    assert_eq!(summary["rows"], 1, "{page:?}");
    assert_eq!(summary["summary"]["next_offset"], 1, "{page:?}");
}
