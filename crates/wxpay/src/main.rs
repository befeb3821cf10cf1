//! `wxpay`: the command-line tool of the `wechatpay-v2` SDK for WeChat Pay APIv2 (the XML API).
//!
//! Every endpoint the SDK declares is reachable from here with no endpoint-specific code: the
//! tool reads the same metadata the `#[wechat_v2_api]` macro generates.
//!
//! # Commands
//!
//! - `wxpay post <path> -d key=value ... [--json FILE] [--xml] [-v]`: signs the fields, sends
//!   them, verifies the answer and prints the response fields as pretty JSON (declared JSON
//!   fields embedded as JSON values, everything else as strings). `--json FILE` reads a JSON
//!   object of fields (strings as is, numbers as their decimal text, objects and arrays as
//!   compact JSON text); `-d` wins over `--json` for the same key. `--xml` prints the raw
//!   response body instead; `-v` prints `POST <url>` and the signed request XML to stderr
//!   before the response (only when the call returned a response: the SDK hands the signed
//!   request back with the verified response, not with an error). Downloads and signed-URL
//!   endpoints are refused: `post` makes XML calls only.
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
//! the app id for endpoints that require `appid`.
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
//! | 2 | bad input: usage error, malformed `-d`, unreadable `--json`, unknown path for `show`, `specs` without `--json`, incomplete configuration, invalid request (nothing was sent) |
//! | 3 | transport: network, timeout, HTTP status, undecodable response, or a local I/O failure |
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
