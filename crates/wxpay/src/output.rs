//! Writing to stdout and stderr without panicking (a closed pipe is an error, not a panic).

use std::io::{ErrorKind, Write};

use crate::error::CliError;

/// Writes `text` to stdout, adding a final newline if it has none.
///
/// A reader that went away (`wxpay specs --json | head`) is not an error: there is no one left
/// to read the rest.
pub(crate) fn print(text: &str) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    let newline = if text.ends_with('\n') { "" } else { "\n" };
    match write!(out, "{text}{newline}").and_then(|()| out.flush()) {
        Err(e) if e.kind() != ErrorKind::BrokenPipe => {
            Err(CliError::io("cannot write to stdout", &e))
        }
        _ => Ok(()),
    }
}

/// Writes `value` to stdout as pretty JSON.
pub(crate) fn print_json(value: &serde_json::Value) -> Result<(), CliError> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| CliError::other(format!("cannot encode the output as JSON: {e}")))?;
    print(&text)
}

/// Writes `wxpay: <message>` to stderr. A failure to write to stderr is ignored: there is
/// nowhere left to report it.
pub(crate) fn note(message: &str) {
    raw_note(&format!("wxpay: {message}"));
}

/// Writes `text` to stderr as is, with a final newline.
pub(crate) fn raw_note(text: &str) {
    let mut err = std::io::stderr().lock();
    let newline = if text.ends_with('\n') { "" } else { "\n" };
    let _ = write!(err, "{text}{newline}");
}
