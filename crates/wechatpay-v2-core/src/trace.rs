//! One `tracing` span per call attempt, named `wechatpay_v2.call`, with the API path, method,
//! attempt, HTTP status, outcome, `return_code` / `result_code` / `err_code` where known, and
//! the elapsed milliseconds. No body, key, sign or field value is ever recorded. Without the
//! `tracing` feature these are no-ops.

use std::time::Instant;

#[cfg(feature = "tracing")]
use crate::error::Error;
use crate::error::Result;

/// The span of one call attempt.
pub(crate) struct CallTrace {
    #[cfg(feature = "tracing")]
    span: tracing::Span,
    started: Instant,
}

impl CallTrace {
    pub(crate) fn start(path: &str, method: &str, attempt: u32) -> Self {
        #[cfg(not(feature = "tracing"))]
        let _ = (path, method, attempt);
        Self {
            #[cfg(feature = "tracing")]
            span: tracing::info_span!(
                "wechatpay_v2.call",
                path = %path,
                method = method,
                attempt = attempt,
                status = tracing::field::Empty,
                outcome = tracing::field::Empty,
                return_code = tracing::field::Empty,
                result_code = tracing::field::Empty,
                err_code = tracing::field::Empty,
                elapsed_ms = tracing::field::Empty,
            ),
            started: Instant::now(),
        }
    }

    /// The span, to run the attempt in.
    #[cfg(feature = "tracing")]
    pub(crate) fn span(&self) -> tracing::Span {
        self.span.clone()
    }

    /// Records how the attempt ended, and emits one event in the span.
    pub(crate) fn finish<T>(&self, result: &Result<T>) {
        let elapsed_ms = self.started.elapsed().as_millis() as u64;
        #[cfg(not(feature = "tracing"))]
        let _ = (result, elapsed_ms);
        #[cfg(feature = "tracing")]
        {
            let span = &self.span;
            span.record("elapsed_ms", elapsed_ms);
            match result {
                Ok(_) => {
                    span.record("status", 200u16);
                    span.record("outcome", "ok");
                    span.record("return_code", "SUCCESS");
                }
                Err(err) => {
                    if let Some(raw) = err.raw_response() {
                        span.record("status", raw.status);
                    }
                    span.record("outcome", tracing::field::debug(err.kind()));
                    match err {
                        Error::Protocol { .. } => {
                            span.record("return_code", "FAIL");
                        }
                        Error::Business { err_code, .. } => {
                            span.record("return_code", "SUCCESS");
                            span.record("result_code", "FAIL");
                            span.record("err_code", err_code.as_str());
                        }
                        _ => {}
                    }
                }
            }
            let _enter = span.enter();
            match result {
                Ok(_) => tracing::debug!("call succeeded"),
                Err(err) => tracing::warn!(kind = ?err.kind(), "call failed"),
            }
        }
    }
}
