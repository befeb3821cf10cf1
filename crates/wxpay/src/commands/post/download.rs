//! Downloads: the bill streamed into `-o FILE` (or stdout with `-o -`), gunzipped on the way
//! with `--gunzip`, and a one-line summary on stderr.

use std::collections::BTreeMap;
use std::io::{self, BufWriter, ErrorKind, Write};
use std::path::Path;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::AsyncWrite;
use wechatpay_v2::download::Gzip;

use crate::cli::{ConfigArgs, PostArgs};
use crate::error::CliError;
use crate::{config, output};

/// Downloads the bill of `args.path` into `-o` and says on stderr what was written.
///
/// An error answer (an XML document) leaves the file alone: it is created on the bill's first
/// byte. A bill cut short (network, gzip, disk) is removed rather than left incomplete.
pub(super) fn run(
    config: &ConfigArgs,
    args: &PostArgs,
    fields: BTreeMap<String, String>,
) -> Result<(), CliError> {
    let path = args.path.as_str();
    if args.xml {
        return Err(CliError::bad_input(format!(
            "--xml is for calls; `{path}` is a download endpoint: its answer is a bill, \
             written to -o FILE"
        )));
    }
    let Some(output) = args.output.as_deref() else {
        return Err(CliError::bad_input(format!(
            "`{path}` is a download endpoint: -o FILE is required to say where the bill goes \
             (-o - for stdout), or --records to print its rows as JSON lines"
        )));
    };
    if args.verbose {
        output::note(
            "-v: the signed request of a download is not shown: the SDK does not hand it back",
        );
    }
    let gzip = if args.gunzip {
        Gzip::Decode
    } else {
        Gzip::Keep
    };
    let target = config::connect(config)?;
    let mut sink = BillSink::new(output);

    let chain = target.client.chain(path);
    let result =
        crate::commands::runtime()?.block_on(chain.download_fields(fields, &mut sink, gzip));
    let outcome = match result {
        Ok(done) => sink.finish().map(|()| done),
        Err(err) => Err(sink.failure().unwrap_or_else(|| super::api_failure(&err))),
    };
    let done = match outcome {
        Ok(done) => done,
        // `-o - | head`: no one is left to read the rest.
        Err(_) if sink.reader_left() => return Ok(()),
        Err(failure) => return Err(sink.discard(failure)),
    };

    let what = match (done.gzip, args.gunzip) {
        (true, true) => "gzip on the wire, decompressed",
        (true, false) => "gzip, kept compressed",
        (false, true) => "not gzip: written as received",
        (false, false) => "plain text",
    };
    output::note(&format!(
        "wrote {} bytes to {} ({what})",
        done.bytes,
        sink.destination()
    ));
    Ok(())
}

/// Where the bill goes: a file created on the first byte written, or stdout.
///
/// The SDK reports a failed write as text only; the sink keeps the error itself, so that it
/// can be told apart from the download's own failures.
struct BillSink<'a> {
    /// The file, or `None` for stdout.
    file: Option<&'a Path>,
    /// The open writer, once something was written.
    out: Option<Box<dyn Write + Send>>,
    /// The first write failure.
    failed: Option<io::Error>,
}

impl<'a> BillSink<'a> {
    /// A sink for `-o output` (`-` is stdout).
    fn new(output: &'a Path) -> Self {
        Self {
            file: (output != Path::new("-")).then_some(output),
            out: None,
            failed: None,
        }
    }

    /// The destination, for messages.
    fn destination(&self) -> String {
        match self.file {
            Some(file) => format!("`{}`", file.display()),
            None => "stdout".to_owned(),
        }
    }

    /// The writer, opened (the file created) on first use.
    fn writer(&mut self) -> io::Result<&mut Box<dyn Write + Send>> {
        let out: Box<dyn Write + Send> = match (self.out.take(), self.file) {
            (Some(out), _) => out,
            (None, Some(file)) => Box::new(BufWriter::new(std::fs::File::create(file)?)),
            (None, None) => Box::new(BufWriter::new(io::stdout())),
        };
        Ok(self.out.insert(out))
    }

    /// Keeps the first failure and hands the SDK an error of the same kind.
    fn check<T>(&mut self, result: io::Result<T>) -> io::Result<T> {
        result.map_err(|e| {
            let copy = io::Error::new(e.kind(), e.to_string());
            self.failed.get_or_insert(e);
            copy
        })
    }

    /// Opens the destination if nothing was written (an empty bill is still a file), and
    /// flushes it.
    fn finish(&mut self) -> Result<(), CliError> {
        let result = self.writer().and_then(|out| out.flush());
        self.check(result).map_err(|e| {
            CliError::io(
                &format!("cannot write the bill to {}", self.destination()),
                &e,
            )
        })
    }

    /// Whether writing failed because stdout's reader went away.
    fn reader_left(&self) -> bool {
        self.file.is_none()
            && self
                .failed
                .as_ref()
                .is_some_and(|e| e.kind() == ErrorKind::BrokenPipe)
    }

    /// The write failure, if writing is what failed (a local I/O error).
    fn failure(&self) -> Option<CliError> {
        let e = self.failed.as_ref()?;
        let doing = match (self.file, &self.out) {
            (Some(_), None) => "cannot create",
            _ => "cannot write the bill to",
        };
        Some(CliError::io(&format!("{doing} {}", self.destination()), e))
    }

    /// Removes a file the failed download created, and says so after `failure`.
    fn discard(&mut self, failure: CliError) -> CliError {
        let (Some(file), Some(out)) = (self.file, self.out.take()) else {
            return failure;
        };
        drop(out);
        match std::fs::remove_file(file) {
            Ok(()) => failure.with_hint(format!(
                "note: the incomplete bill `{}` was removed",
                file.display()
            )),
            Err(e) => failure.with_hint(format!(
                "note: the incomplete bill was left in `{}` (cannot remove it: {e})",
                file.display()
            )),
        }
    }
}

// Writes are blocking: the bill goes to a local file or stdout, on the one thread of the
// command's runtime, which has nothing else to do meanwhile.
impl AsyncWrite for BillSink<'_> {
    fn poll_write(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let result = this.writer().and_then(|out| out.write_all(buf));
        Poll::Ready(this.check(result).map(|()| buf.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let result = match this.out.as_mut() {
            Some(out) => out.flush(),
            None => Ok(()),
        };
        Poll::Ready(this.check(result))
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.poll_flush(cx)
    }
}
