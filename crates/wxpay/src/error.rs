//! The tool's failures and their exit codes.

use wechatpay_v2::{Error, ErrorKind};

use crate::output;

/// Exit codes, one per kind of failure.
pub(crate) mod exit {
    /// A failure of a kind this version does not know.
    pub(crate) const OTHER: u8 = 1;
    /// Bad input: usage, malformed fields, unknown path, invalid request.
    pub(crate) const BAD_INPUT: u8 = 2;
    /// Network, timeout, HTTP status, undecodable response, local I/O.
    pub(crate) const TRANSPORT: u8 = 3;
    /// `return_code` FAIL.
    pub(crate) const PROTOCOL: u8 = 4;
    /// `result_code` FAIL.
    pub(crate) const BUSINESS: u8 = 5;
    /// The response sign failed verification.
    pub(crate) const SIGNATURE: u8 = 6;
}

/// A failure: an exit code, a one-line message, hints, and the raw response body if there was
/// one.
#[derive(Debug)]
pub(crate) struct CliError {
    code: u8,
    message: String,
    hints: Vec<String>,
    raw_body: Option<String>,
}

impl CliError {
    /// Bad input (exit code 2).
    pub(crate) fn bad_input(message: impl Into<String>) -> Self {
        Self {
            code: exit::BAD_INPUT,
            message: message.into(),
            hints: Vec::new(),
            raw_body: None,
        }
    }

    /// A failure of no other kind (exit code 1).
    pub(crate) fn other(message: impl Into<String>) -> Self {
        Self {
            code: exit::OTHER,
            message: message.into(),
            hints: Vec::new(),
            raw_body: None,
        }
    }

    /// A local I/O failure: binding a port, writing the output (exit code 3).
    pub(crate) fn io(context: &str, err: &std::io::Error) -> Self {
        Self {
            code: exit::TRANSPORT,
            message: format!("{context}: {err}"),
            hints: Vec::new(),
            raw_body: None,
        }
    }

    /// An SDK error, with the exit code of its kind and its chain of causes.
    pub(crate) fn api(err: &Error) -> Self {
        let code = match err.kind() {
            ErrorKind::Usage | ErrorKind::InvalidRequest => exit::BAD_INPUT,
            ErrorKind::Transport | ErrorKind::Decode | ErrorKind::Io => exit::TRANSPORT,
            ErrorKind::Protocol => exit::PROTOCOL,
            ErrorKind::Business => exit::BUSINESS,
            ErrorKind::Signature => exit::SIGNATURE,
            _ => exit::OTHER,
        };
        let mut message = err.to_string();
        let mut source = std::error::Error::source(err);
        while let Some(cause) = source {
            let text = cause.to_string();
            if !message.contains(&text) {
                message.push_str(": ");
                message.push_str(&text);
            }
            source = cause.source();
        }
        Self {
            code,
            message,
            hints: Vec::new(),
            raw_body: err
                .raw_response()
                .map(|raw| raw.text().into_owned())
                .filter(|body| !body.is_empty()),
        }
    }

    /// Adds a line printed after the message.
    pub(crate) fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// The process exit code.
    pub(crate) fn code(&self) -> u8 {
        self.code
    }

    /// Prints `wxpay: <message>` to stderr, then the hints, then the raw response body if there
    /// is one.
    pub(crate) fn report(&self) {
        output::note(&self.message);
        for hint in &self.hints {
            output::note(hint);
        }
        if let Some(body) = &self.raw_body {
            output::raw_note(&format!("response body: {body}"));
        }
    }
}
