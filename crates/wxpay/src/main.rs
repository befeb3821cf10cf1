//! `wxpay`: the command-line tool of the `wechatpay-v2` SDK for WeChat Pay APIv2 (the XML API).
//!
//! Every endpoint the SDK declares is reachable from here with no endpoint-specific code: the
//! tool reads the same metadata the `#[wechat_v2_api]` macro generates.
//!
//! # Commands
//!
//! - `wxpay post <path> -d key=value ... [--json FILE] [--xml] [-v] [-o FILE [--gunzip] | --records]`: signs
//!   the fields and acts on the endpoint's kind. `--json FILE` reads a JSON object of fields
//!   (strings as is, numbers as their decimal text, objects and arrays as compact JSON text);
//!   `-d` wins over `--json` for the same key.
//!   - A call (and any undeclared path): sends them (`POST` with an XML body, or for a `GET`
//!     endpoint as the signed query string), verifies the answer and prints the response fields
//!     as pretty JSON (declared JSON fields embedded as JSON values, everything else as
//!     strings). `--xml` prints the raw response body instead; `-v` prints the method and URL,
//!     then the signed request XML if there is a body, to stderr before the response (only when
//!     the call returned a response: the SDK hands the signed request back with the verified
//!     response, not with an error).
//!   - A download (`v2/pay/downloadbill`, ...): `-o FILE` is required (`-o -` for stdout). The
//!     bill is streamed there as received (gzip bytes with `-d tar_type=GZIP`), or decompressed
//!     with `--gunzip`; a one-line summary (bytes written, gzip or not, where) goes to stderr.
//!     The file is created on the bill's first byte, so an error answer leaves an existing file
//!     alone; a bill cut short is removed. With `--records` instead of `-o`, the bill is read as
//!     typed records while it downloads: each row one JSON line on stdout (English snake_case
//!     keys, amounts in fen), then `{"rows": N, "summary": {...}}`, the summary checked against
//!     the rows, as one JSON line on stderr.
//!   - A signed-URL endpoint (`v2/papay/entrustweb`, ...): prints the signed URL for a browser;
//!     no HTTP call is made and no mock gateway is started.
//! - `wxpay list`: every declared endpoint, grouped by API group.
//! - `wxpay show <path>`: one endpoint's request and response fields.
//! - `wxpay specs --json`: the metadata of every endpoint, machine-readable (format below).
//! - `wxpay sign -d key=value ... [--sign-type MD5|HMAC-SHA256]`: the canonical string (key
//!   masked) and the sign, for debugging a sign mismatch.
//! - `wxpay mock [--port N]`: the mock gateway in the foreground on 127.0.0.1, until Ctrl-C.
//!
//! # Configuration
//!
//! Global options, each also read from the environment: `--mch-id` (`WECHATPAY_MCH_ID`),
//! `--api-key` (`WECHATPAY_API_KEY`, never printed), `--appid` (`WECHATPAY_APPID`),
//! `--base-url` (`WECHATPAY_BASE_URL`), `--all-hosts` (`WECHATPAY_ALL_HOSTS`: every request to
//! this base URL, whatever the endpoint's own host) and `--timeout` (`WECHATPAY_TIMEOUT`,
//! seconds, default 30). With neither an API key nor a base URL, `wxpay post` starts the
//! embedded mock gateway on a free port of 127.0.0.1, sends every endpoint there (with the
//! mock's merchant id, key and app id, unless a merchant id or app id is given) and says so on
//! stderr; with only one of the two it refuses. A real gateway also needs the merchant id, and
//! the app id for endpoints that require `appid`. A signed URL needs no gateway: the API key and
//! merchant id suffice (with nothing configured, the mock's are used, said on stderr).
//!
//! The merchant's API client certificate, for endpoints that need one (`"cert": true`):
//! `--cert FILE` and `--key FILE` (PEM, `WECHATPAY_CERT` and `WECHATPAY_KEY`), or `--p12 FILE`
//! (`WECHATPAY_P12`) with `--p12-password` (`WECHATPAY_P12_PASSWORD`; default: the merchant id,
//! as in the archives WeChat Pay issues). The files are read before anything is sent (and not at
//! all for a signed URL); an unreadable or unusable one is bad input naming it. The key material and the password are
//! never printed. Without a certificate such endpoints are refused before sending, except with
//! the embedded mock, whose client gets a throwaway self-signed certificate (said on stderr;
//! the mock serves plain HTTP and cannot check it).
//!
//! # `wxpay specs --json` format (version 1)
//!
//! ```text
//! {
//!   "format": 1,
//!   "endpoints": [ENDPOINT, ...]
//! }
//! ENDPOINT = {
//!   "path": "v2/vehicle/pay/notification",   SDK path
//!   "wire_path": "vehicle/pay/notification", path on the gateway host
//!   "method": "POST",
//!   "title": "...",                          one line
//!   "kind": "call" | "download" | "signed_url",
//!   "host": "https://..." | null,            the endpoint's own host; null: the gateway
//!   "cert": false,                           whether a client certificate is needed
//!   "signed_response": true,
//!   "nonce": true,                           whether a `nonce_str` is added (false: `nonceless`,
//!                                            signed URLs, uploads, GET calls)
//!   "sandbox": false,                        whether it is a sandbox copy (the sandbox key signs
//!                                            it in sandbox mode)
//!   "sign_types": ["MD5", "HMAC-SHA256"],    values of the `sign_type` request field, else ["MD5"]
//!   "request": [FIELD, ...],
//!   "response": [FIELD, ...]                 declared fields, without the envelope
//! }
//! FIELD = {
//!   "name": "trade_scene",
//!   "doc": "...",
//!   "required": true,
//!   "max_len": 32 | null,
//!   "kind": "text" | "integer" | "enum" | "json" | "list",
//!   "values": ["PARKING", "PARKING SPACE"],  only for "enum"
//!   "json": SHAPE,                           only for "json"
//!   "items": [FIELD, ...],                   only for "list": the fields of each item
//!   "config": "appid" | "mch_id" | "sub_appid" | "sub_mch_id" | null
//!                                            filled from the configuration when left out
//! }
//! SHAPE = {"object": [FIELD, ...]} | {"one_of": [SHAPE, ...]}
//! ```
//!
//! Object keys are printed in sorted order. A list field is the item count; each item's fields
//! go on the wire with the item's index appended (`refund_id_0`, ...). A kind, configuration
//! source or shape this version does not know is printed as `"kind": "unknown"`,
//! `"config": "unknown"` or `{"unknown": null}`. New keys may be added within format 1; a
//! change of meaning bumps `format`.
//!
//! # Exit codes
//!
//! | code | meaning |
//! | ---- | ------- |
//! | 0 | success |
//! | 1 | any other failure (an error kind this version does not know) |
//! | 2 | bad input: usage error, malformed `-d`, unreadable `--json`, unknown path for `show`, `specs` without `--json`, incomplete configuration, unreadable or unusable client certificate, a download without `-o`, an option the endpoint's kind does not take, invalid request (nothing was sent) |
//! | 3 | transport: network, timeout, HTTP status, undecodable response, or a local I/O failure (such as creating or writing the `-o` file) |
//! | 4 | protocol FAIL: `return_code` is `FAIL` |
//! | 5 | business FAIL: `result_code` is `FAIL` |
//! | 6 | the response signature failed verification |
//!
//! Errors are printed to stderr as `wxpay: <message>`; an error that came with a response is
//! followed by the raw response body.

mod cli;
mod commands;
mod config;
mod error;
mod fields;
mod output;
mod render;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // Usage errors exit with code 2 here; `--help` and `--version` with 0.
    let cli = cli::Cli::parse();
    match commands::run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            err.report();
            ExitCode::from(err.code())
        }
    }
}
