//! The command line: global configuration options, subcommands and their arguments.

use std::fmt;
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};

/// Shown after `--help`: what each exit code means.
const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  any other failure
  2  bad input: usage error, malformed -d, unreadable --json, unknown path,
     incomplete configuration, unusable client certificate, invalid request,
     a download without -o or --records (nothing was sent)
  3  transport: network, timeout, HTTP status, undecodable response, local I/O
     (such as writing the bill)
  4  protocol FAIL (return_code FAIL)
  5  business FAIL (result_code FAIL)
  6  the response signature failed verification

`wxpay post` dispatches on the endpoint's kind: a call prints the verified
response as JSON, a download writes the bill to -o FILE (-o - for stdout) or,
with --records, its rows as JSON lines on stdout and its summary on stderr, a
signed-URL endpoint prints the signed URL (no HTTP call).

With neither an API key nor a base URL configured, `wxpay post` uses the embedded
mock gateway on 127.0.0.1 (with a throwaway client certificate). The API key, the
private key and the --p12 password are never printed.";

/// Call, inspect and sign WeChat Pay APIv2 (XML) endpoints, or run the mock gateway.
#[derive(Debug, Parser)]
#[command(name = "wxpay", version, after_help = EXIT_CODES)]
pub(crate) struct Cli {
    /// Merchant and gateway configuration.
    #[command(flatten)]
    pub(crate) config: ConfigArgs,
    /// What to do.
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Merchant and gateway configuration, from flags or the environment.
#[derive(Args)]
#[command(next_help_heading = "Configuration")]
pub(crate) struct ConfigArgs {
    /// Merchant id (mch_id).
    #[arg(long, env = "WECHATPAY_MCH_ID", global = true, value_name = "ID")]
    pub(crate) mch_id: Option<String>,
    /// APIv2 key (32 bytes, set on the merchant platform); never printed.
    #[arg(
        long,
        env = "WECHATPAY_API_KEY",
        global = true,
        hide_env_values = true,
        value_name = "KEY"
    )]
    pub(crate) api_key: Option<String>,
    /// App id filled into requests that leave `appid` out.
    #[arg(long, env = "WECHATPAY_APPID", global = true, value_name = "APPID")]
    pub(crate) appid: Option<String>,
    /// Gateway base URL, such as `https://api.mch.weixin.qq.com/`.
    #[arg(long, env = "WECHATPAY_BASE_URL", global = true, value_name = "URL")]
    pub(crate) base_url: Option<String>,
    /// Send every request to this base URL, whatever the endpoint's own host (a test server).
    #[arg(long, env = "WECHATPAY_ALL_HOSTS", global = true, value_name = "URL")]
    pub(crate) all_hosts: Option<String>,
    /// Timeout of one HTTP exchange, in seconds.
    #[arg(
        long,
        env = "WECHATPAY_TIMEOUT",
        global = true,
        default_value_t = 30,
        value_name = "SECONDS",
        value_parser = clap::value_parser!(u64).range(1..)
    )]
    pub(crate) timeout: u64,
    /// Client certificate file (PEM: apiclient_cert.pem), with --key, for endpoints needing one.
    #[arg(long, env = "WECHATPAY_CERT", global = true, value_name = "FILE")]
    pub(crate) cert: Option<PathBuf>,
    /// Private key file of --cert (PEM: apiclient_key.pem); its contents are never printed.
    #[arg(long, env = "WECHATPAY_KEY", global = true, value_name = "FILE")]
    pub(crate) key: Option<PathBuf>,
    /// Client certificate and key in one PKCS#12 file (apiclient_cert.p12), instead of --cert.
    #[arg(long, env = "WECHATPAY_P12", global = true, value_name = "FILE")]
    pub(crate) p12: Option<PathBuf>,
    /// Password of --p12 [default: the merchant id, as in WeChat Pay's archives]; never printed.
    #[arg(
        long,
        env = "WECHATPAY_P12_PASSWORD",
        global = true,
        hide_env_values = true,
        value_name = "PASSWORD"
    )]
    pub(crate) p12_password: Option<String>,
}

impl ConfigArgs {
    /// The merchant id, if given and not empty.
    pub(crate) fn mch_id(&self) -> Option<&str> {
        non_empty(&self.mch_id)
    }

    /// The API key, if given and not empty.
    pub(crate) fn api_key(&self) -> Option<&str> {
        non_empty(&self.api_key)
    }

    /// The app id, if given and not empty.
    pub(crate) fn appid(&self) -> Option<&str> {
        non_empty(&self.appid)
    }

    /// The base URL, if given and not empty.
    pub(crate) fn base_url(&self) -> Option<&str> {
        non_empty(&self.base_url)
    }

    /// The base URL every host is redirected to, if given and not empty.
    pub(crate) fn all_hosts(&self) -> Option<&str> {
        non_empty(&self.all_hosts)
    }

    /// The PEM certificate file, if given and not empty.
    pub(crate) fn cert(&self) -> Option<&Path> {
        non_empty_path(&self.cert)
    }

    /// The PEM private key file, if given and not empty.
    pub(crate) fn key(&self) -> Option<&Path> {
        non_empty_path(&self.key)
    }

    /// The PKCS#12 archive, if given and not empty.
    pub(crate) fn p12(&self) -> Option<&Path> {
        non_empty_path(&self.p12)
    }

    /// The password of the PKCS#12 archive, if given and not empty.
    pub(crate) fn p12_password(&self) -> Option<&str> {
        non_empty(&self.p12_password)
    }
}

fn non_empty(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|v| !v.is_empty())
}

fn non_empty_path(value: &Option<PathBuf>) -> Option<&Path> {
    value.as_deref().filter(|p| !p.as_os_str().is_empty())
}

// Written by hand so that the key and the password can never reach a log through `{:?}`.
impl fmt::Debug for ConfigArgs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConfigArgs")
            .field("mch_id", &self.mch_id)
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("appid", &self.appid)
            .field("base_url", &self.base_url)
            .field("all_hosts", &self.all_hosts)
            .field("timeout", &self.timeout)
            .field("cert", &self.cert)
            .field("key", &self.key)
            .field("p12", &self.p12)
            .field(
                "p12_password",
                &self.p12_password.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Call an endpoint (the verified response as JSON), download a bill (-o FILE) or print a
    /// signed URL, as the endpoint's kind says.
    Post(PostArgs),
    /// List every declared endpoint, grouped by API group.
    List,
    /// Describe one declared endpoint: its request and response fields.
    Show {
        /// SDK path, such as v2/vehicle/pay/notification.
        path: String,
    },
    /// Print the metadata of every declared endpoint (requires --json).
    Specs {
        /// Print machine-readable JSON (the only output format).
        #[arg(long)]
        json: bool,
    },
    /// Print the canonical string (key masked) and the sign of some fields.
    Sign(SignArgs),
    /// Run the mock gateway on 127.0.0.1 in the foreground, until Ctrl-C.
    Mock {
        /// Port on 127.0.0.1 (0 picks a free one).
        #[arg(long, default_value_t = 0)]
        port: u16,
    },
}

/// The fields of a request, from `-d` and `--json`.
#[derive(Debug, Args)]
pub(crate) struct FieldArgs {
    /// A field as KEY=VALUE (repeatable); wins over the same key from --json.
    #[arg(short = 'd', long = "data", value_name = "KEY=VALUE")]
    pub(crate) data: Vec<String>,
    /// A file holding a JSON object of fields; objects and arrays are sent as JSON text.
    #[arg(long, value_name = "FILE")]
    pub(crate) json: Option<PathBuf>,
}

/// Arguments of `wxpay post`.
#[derive(Debug, Args)]
pub(crate) struct PostArgs {
    /// SDK path, such as v2/vehicle/pay/notification (undeclared paths are sent untyped).
    pub(crate) path: String,
    /// The request fields.
    #[command(flatten)]
    pub(crate) fields: FieldArgs,
    /// Calls: print the raw response body instead of JSON.
    #[arg(long)]
    pub(crate) xml: bool,
    /// Calls: print the signed request (method, URL, XML body) to stderr before the response.
    #[arg(short, long)]
    pub(crate) verbose: bool,
    /// Downloads (required): write the bill to FILE, or to stdout with `-o -`.
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Downloads: decompress a gzip bill (`-d tar_type=GZIP`) while writing it.
    #[arg(long)]
    pub(crate) gunzip: bool,
    /// Downloads: instead of the bill's bytes, print each row as one JSON line on stdout (keys
    /// in English snake_case, amounts in fen, times as written), then the summary, checked
    /// against the rows, as one JSON line on stderr. Gzip bills are decompressed on the way.
    #[arg(long, conflicts_with_all = ["output", "gunzip"])]
    pub(crate) records: bool,
    /// Uploads (required): the image to upload, a .jpg, .jpeg, .png or .bmp file of at most
    /// 2 MiB; its `media_hash` is computed unless given with -d.
    #[arg(long, value_name = "FILE")]
    pub(crate) media: Option<PathBuf>,
}

/// Arguments of `wxpay sign`.
#[derive(Debug, Args)]
pub(crate) struct SignArgs {
    /// The fields to sign.
    #[command(flatten)]
    pub(crate) fields: FieldArgs,
    /// Signature algorithm; default: the `sign_type` field if given, else MD5.
    #[arg(long, value_name = "TYPE", value_parser = ["MD5", "HMAC-SHA256"])]
    pub(crate) sign_type: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
