//! The mock as a standalone process: it prints its URL, serves a real client (over HTTP, or
//! HTTPS requiring a client certificate), refuses bad TLS files by flag and path, and stops when
//! killed.

use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
use wechatpay_v2::v2::vehicle::pay::notification::{
    ParkingScene, Request, Response, Scene, SceneInfo, TradeScene, UserState,
};
use wechatpay_v2::{ErrorKind, SignType, blocking};

/// How long the binary gets to print its startup line, or to exit on bad arguments.
const PROCESS_DEADLINE: Duration = Duration::from_secs(30);

/// Kills the child process when the test ends, however it ends.
struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A folder of its own under the system's temporary folder, removed when the test ends.
struct TempDir(PathBuf);

impl TempDir {
    fn new(test: &str) -> Self {
        let dir = std::env::temp_dir().join(format!(
            "wechatpay-v2-mock-binary-{}-{test}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }

    /// Writes `contents` to `name` in the folder, and returns its path as an argument.
    fn write(&self, name: &str, contents: &str) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, contents).unwrap();
        path.to_str().unwrap().to_owned()
    }

    fn path(&self, name: &str) -> String {
        self.0.join(name).to_str().unwrap().to_owned()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A CA, the server's certificate for 127.0.0.1 and localhost, and a client certificate, all
/// PEM; the certificates are signed by the CA.
struct Pki {
    ca_pem: String,
    server_cert_pem: String,
    server_key_pem: String,
    client_cert_pem: String,
    client_key_pem: String,
}

fn pki() -> Pki {
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().unwrap()).unwrap();

    let server_key = KeyPair::generate().unwrap();
    let server_cert = CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()])
        .unwrap()
        .signed_by(&server_key, &ca)
        .unwrap();

    let client_key = KeyPair::generate().unwrap();
    let client_cert = CertificateParams::new(vec!["1230000109".to_owned()])
        .unwrap()
        .signed_by(&client_key, &ca)
        .unwrap();

    Pki {
        ca_pem: ca.pem(),
        server_cert_pem: server_cert.pem(),
        server_key_pem: server_key.serialize_pem(),
        client_cert_pem: client_cert.pem(),
        client_key_pem: client_key.serialize_pem(),
    }
}

/// Starts the binary for merchant 1230000109 (its key from the environment) and returns it with
/// its startup line.
fn start(args: &[&str]) -> (KillOnDrop, String) {
    let mut child = KillOnDrop(
        Command::new(env!("CARGO_BIN_EXE_wechatpay-v2-mock"))
            .args(["--port", "0", "--mch-id", "1230000109"])
            .args(args)
            .env("WECHATPAY_API_KEY", "fedcba9876543210fedcba9876543210")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let stderr = child.0.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel();
    // Read on a thread of its own, so a binary that never prints fails the test in time (the
    // child is then killed, which ends the read).
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stderr).read_line(&mut line);
        let _ = tx.send(line);
    });
    let line = rx
        .recv_timeout(PROCESS_DEADLINE)
        .expect("the binary prints its startup line");
    assert!(
        !line.contains("fedcba9876543210"),
        "the key is never printed: {line}"
    );
    (child, line)
}

/// The URL in the startup line that starts with `prefix`.
fn url_in(line: &str, prefix: &str) -> String {
    line.split_whitespace()
        .find(|w| w.starts_with(prefix))
        .unwrap_or_else(|| panic!("no {prefix}... URL in {line:?}"))
        .to_owned()
}

/// Runs the binary with `args` to its exit, and returns the exit status and what it printed on
/// stderr.
fn run_to_exit(args: &[&str]) -> (ExitStatus, String) {
    let mut child = KillOnDrop(
        Command::new(env!("CARGO_BIN_EXE_wechatpay-v2-mock"))
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let mut stderr = child.0.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        let _ = tx.send(text);
    });
    let text = rx
        .recv_timeout(PROCESS_DEADLINE)
        .unwrap_or_else(|_| panic!("the binary exits on {args:?}"));
    let status = child.0.wait().unwrap();
    (status, text)
}

fn client(url: String) -> blocking::ClientBuilder {
    blocking::Client::builder()
        .mch_id("1230000109")
        .api_key("fedcba9876543210fedcba9876543210")
        .appid("wxd678efh567hg6787")
        .base_url(url)
        .timeout(Duration::from_secs(5))
}

/// The seed endpoint's call.
fn notify_parking(api: &blocking::Client) -> wechatpay_v2::Result<Response> {
    api.v2().vehicle().pay().notification().post(Request::new(
        SignType::Md5,
        "3.0",
        TradeScene::Parking,
        SceneInfo::new(Scene::Parking(ParkingScene::new(
            "20170826104339",
            "粤B888888",
            "欢乐海岸停车场",
            "1200",
        ))),
    ))
}

#[test]
fn the_binary_serves_a_client_for_its_configured_merchant() {
    let (_child, line) = start(&[]);
    let url = url_in(&line, "http://127.0.0.1:");

    let api = client(url).build().unwrap();
    let response = notify_parking(&api).unwrap();
    assert_eq!(response.mch_id, "1230000109");
    assert_eq!(response.user_state, UserState::Normal);
}

/// The TLS files of a server that requires client certificates signed by its CA.
fn tls_files(dir: &TempDir, pki: &Pki) -> [String; 3] {
    [
        dir.write("server.pem", &pki.server_cert_pem),
        dir.write("server.key", &pki.server_key_pem),
        dir.write("ca.pem", &pki.ca_pem),
    ]
}

#[test]
fn with_tls_flags_the_binary_serves_https_to_a_client_with_a_certificate() {
    let pki = pki();
    let dir = TempDir::new("mtls-ok");
    let [cert, key, ca] = tls_files(&dir, &pki);
    let (_child, line) = start(&["--tls-cert", &cert, "--tls-key", &key, "--client-ca", &ca]);
    assert!(line.contains("client certificates required"), "{line}");
    assert!(!line.contains("PRIVATE KEY"), "no key material: {line}");
    let url = url_in(&line, "https://127.0.0.1:");

    let api = client(url)
        .add_root_certificate_pem(&pki.ca_pem)
        .client_cert_pem(&pki.client_cert_pem, &pki.client_key_pem)
        .build()
        .unwrap();
    let response = notify_parking(&api).unwrap();
    assert_eq!(response.mch_id, "1230000109");
    assert_eq!(response.user_state, UserState::Normal);
}

#[test]
fn a_client_without_a_certificate_is_refused_and_the_server_serves_on() {
    let pki = pki();
    let dir = TempDir::new("mtls-refused");
    let [cert, key, ca] = tls_files(&dir, &pki);
    let (_child, line) = start(&["--tls-cert", &cert, "--tls-key", &key, "--client-ca", &ca]);
    let url = url_in(&line, "https://127.0.0.1:");

    // Trusts the server, but has no certificate of its own.
    let api = client(url.clone())
        .add_root_certificate_pem(&pki.server_cert_pem)
        .add_root_certificate_pem(&pki.ca_pem)
        .build()
        .unwrap();
    let err = notify_parking(&api).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport, "{err:?}");
    let mut chain = err.to_string();
    let mut source = std::error::Error::source(&err);
    while let Some(e) = source {
        chain.push_str(": ");
        chain.push_str(&e.to_string());
        source = e.source();
    }
    assert!(chain.to_lowercase().contains("certificate"), "{chain}");

    // The refused handshake ended that connection only.
    let api = client(url)
        .add_root_certificate_pem(&pki.ca_pem)
        .client_cert_pem(&pki.client_cert_pem, &pki.client_key_pem)
        .build()
        .unwrap();
    assert_eq!(notify_parking(&api).unwrap().user_state, UserState::Normal);
}

#[test]
fn without_client_ca_https_asks_for_no_client_certificate() {
    let pki = pki();
    let dir = TempDir::new("tls-only");
    let [cert, key, _] = tls_files(&dir, &pki);
    let (_child, line) = start(&["--tls-cert", &cert, "--tls-key", &key]);
    assert!(line.contains("client certificates not required"), "{line}");
    let url = url_in(&line, "https://127.0.0.1:");

    let api = client(url)
        .add_root_certificate_pem(&pki.ca_pem)
        .build()
        .unwrap();
    assert_eq!(notify_parking(&api).unwrap().user_state, UserState::Normal);
}

/// Asserts the binary exits with a failure, and names `flag` and `path` on stderr (and never a
/// key).
fn assert_refused(args: &[&str], flag: &str, path: &str) -> String {
    let (status, stderr) = run_to_exit(args);
    assert!(!status.success(), "{args:?} exits with a failure: {stderr}");
    assert!(
        stderr.contains(&format!("{flag} {path}")),
        "{args:?}: the message names {flag} {path}: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("PRIVATE KEY-----"), "{stderr}");
    stderr
}

#[test]
fn bad_tls_files_are_named_by_flag_and_path() {
    let pki = pki();
    let dir = TempDir::new("bad-files");
    let [cert, key, _] = tls_files(&dir, &pki);
    let missing = dir.path("missing.pem");

    // A file that is not there.
    let stderr = assert_refused(
        &["--tls-cert", &missing, "--tls-key", &key],
        "--tls-cert",
        &missing,
    );
    assert!(stderr.contains("cannot read"), "{stderr}");
    assert_refused(
        &[
            "--tls-cert",
            &cert,
            "--tls-key",
            &key,
            "--client-ca",
            &missing,
        ],
        "--client-ca",
        &missing,
    );

    // The key given as the certificate: no certificate in it, and none of the key printed.
    let key_body = pki.server_key_pem.lines().nth(1).unwrap();
    let stderr = assert_refused(&["--tls-cert", &key, "--tls-key", &key], "--tls-cert", &key);
    assert!(stderr.contains("no certificate"), "{stderr}");
    assert!(!stderr.contains(key_body), "no key material: {stderr}");

    // A certificate given as the key.
    assert_refused(
        &["--tls-cert", &cert, "--tls-key", &cert],
        "--tls-key",
        &cert,
    );

    // A key of another certificate.
    let client_key = dir.write("client.key", &pki.client_key_pem);
    let stderr = assert_refused(
        &["--tls-cert", &cert, "--tls-key", &client_key],
        "--tls-key",
        &client_key,
    );
    assert!(stderr.contains("not the private key"), "{stderr}");
    assert!(
        stderr.contains(&cert),
        "names the certificate too: {stderr}"
    );
    assert!(
        !stderr.contains(pki.client_key_pem.lines().nth(1).unwrap()),
        "no key material: {stderr}"
    );

    // A certificate authority that is not PEM.
    let not_pem = dir.write("not.pem", "not a certificate\n");
    assert_refused(
        &[
            "--tls-cert",
            &cert,
            "--tls-key",
            &key,
            "--client-ca",
            &not_pem,
        ],
        "--client-ca",
        &not_pem,
    );
}

#[test]
fn tls_flags_go_together() {
    for (args, missing) in [
        (&["--tls-cert", "server.pem"][..], "--tls-key"),
        (&["--tls-key", "server.key"][..], "--tls-cert"),
        (&["--client-ca", "ca.pem"][..], "--tls-cert"),
    ] {
        let (status, stderr) = run_to_exit(args);
        assert!(!status.success(), "{args:?}: {stderr}");
        assert!(
            stderr.contains(missing),
            "{args:?} needs {missing}: {stderr}"
        );
    }
}

/// A `POST` to the mock's control path `path_and_query` over plain HTTP/1.1, as a client in
/// another language would send it; the status line and the body.
fn control(url: &str, path_and_query: &str) -> (String, String) {
    use std::io::Write as _;
    let addr = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_owned();
    let mut stream = std::net::TcpStream::connect(&addr).unwrap();
    stream.set_read_timeout(Some(PROCESS_DEADLINE)).unwrap();
    write!(
        stream,
        "POST {path_and_query} HTTP/1.1\r\nHost: {addr}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap();
    (head.lines().next().unwrap().to_owned(), body.to_owned())
}

#[test]
fn the_payment_flows_are_scripted_over_http() {
    use wechatpay_v2::ErrCode;
    use wechatpay_v2::v2::pay::{orderquery, unifiedorder};

    let (_child, line) = start(&[]);
    assert!(line.contains("payment flows on"), "{line}");
    let url = url_in(&line, "http://127.0.0.1:");
    let api = client(url.clone()).build().unwrap();
    let order = unifiedorder::Request::new(
        "Parking fee",
        "B1001",
        1500u32,
        "123.12.12.123",
        "http://127.0.0.1:9/notify",
        unifiedorder::TradeType::Native,
    )
    .product_id("bay-12");
    api.v2().pay().unifiedorder().post(&order).unwrap();
    let query = orderquery::Request::by_out_trade_no("B1001");
    let unpaid = api.v2().pay().orderquery().post(&query).unwrap();
    assert_eq!(unpaid.trade_state, orderquery::TradeState::NotPay);

    // The payer pays, through the control path.
    let (status, body) = control(&url, "/mock/pay?out_trade_no=B1001");
    assert_eq!(status, "HTTP/1.1 200 OK", "{body}");
    assert!(body.contains(r#""trade_state":"SUCCESS""#), "{body}");
    let paid = api.v2().pay().orderquery().post(&query).unwrap();
    assert_eq!(paid.trade_state, orderquery::TradeState::Success);
    assert_eq!(paid.total_fee, Some(1500));
    let (status, _) = control(&url, "/mock/pay?out_trade_no=B1001");
    assert_eq!(status, "HTTP/1.1 404 Not Found", "paid already");

    // The next query fails with a scripted code; the one after it does not.
    let (status, body) = control(
        &url,
        "/mock/fail-next?path=pay/orderquery&err_code=SYSTEMERROR&requests=1",
    );
    assert_eq!(status, "HTTP/1.1 200 OK", "{body}");
    let err = api.v2().pay().orderquery().post(&query).unwrap_err();
    assert_eq!(err.err_code(), Some(ErrCode::SystemError));
    assert!(api.v2().pay().orderquery().post(&query).is_ok());

    // A bad parameter is named.
    let (status, body) = control(&url, "/mock/user-paying?polls=soon");
    assert_eq!(status, "HTTP/1.1 400 Bad Request");
    assert!(body.contains("`polls` must be a whole number"), "{body}");
}

#[test]
fn without_flows_the_binary_answers_every_query_plausibly() {
    use wechatpay_v2::v2::pay::orderquery;

    let (_child, line) = start(&["--no-flows"]);
    assert!(line.contains("payment flows off"), "{line}");
    let api = client(url_in(&line, "http://127.0.0.1:")).build().unwrap();
    let query = orderquery::Request::by_out_trade_no("never-placed");
    assert!(api.v2().pay().orderquery().post(&query).is_ok());
}
