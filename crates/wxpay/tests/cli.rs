//! The `wxpay` binary end to end: every command, every exit code, against mock gateways on
//! 127.0.0.1 only (the embedded one, or one started by the test).

use std::io::{BufRead, BufReader};
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
const ENV_VARS: [&str; 5] = [
    "WECHATPAY_MCH_ID",
    "WECHATPAY_API_KEY",
    "WECHATPAY_APPID",
    "WECHATPAY_BASE_URL",
    "WECHATPAY_TIMEOUT",
];
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
            "the API key was printed: {self:?}"
        );
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
fn post_refuses_endpoints_that_are_not_xml_calls() {
    let specs = run(wxpay().args(["specs", "--json"]));
    let doc = specs.json();
    let endpoints = doc["endpoints"].as_array().expect("an endpoint array");
    // Downloads and signed URLs, if any are declared in this build.
    for endpoint in endpoints.iter().filter(|e| e["kind"] != "call") {
        let path = endpoint["path"].as_str().expect("a path");
        let result = run(wxpay().args(["post", path, "-d", "a=b"]));
        assert_eq!(result.code, Some(2), "{result:?}");
        assert!(result.stderr.contains(path), "{result:?}");
    }
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

    let post_help = run(wxpay()
        .env("WECHATPAY_API_KEY", key)
        .args(["post", "--help"]));
    assert_eq!(post_help.code, Some(0), "{post_help:?}");
    post_help.assert_never_shows(key);
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
