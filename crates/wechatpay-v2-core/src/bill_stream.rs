//! A bill answer (`v2/pay/downloadbill`, `v2/pay/downloadfundflow`), streamed.
//!
//! The answer is CSV text, gzip bytes when the request asked `tar_type=GZIP`, or an XML error
//! document. The first bytes tell which. A bill is streamed chunk by chunk into the writer,
//! gunzipped on the way when asked, so a bill of any size takes a few buffers of memory. An XML
//! answer becomes the usual typed error (`Protocol`, `Business`, ...).

use std::io::Write as _;

use tokio::io::AsyncWriteExt as _;

use crate::transport::Core;
use crate::transport::transport_error;
use wechatpay_v2_protocol as protocol;
use wechatpay_v2_protocol::error::{Error, RawResponse, Result};

/// What to do with a gzip answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Gzip {
    /// Write the bytes as received (a `.gz` file).
    #[default]
    Keep,
    /// Decompress while writing (the CSV text).
    Decode,
}

/// What a download wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Downloaded {
    /// Bytes written to the writer.
    pub bytes: u64,
    /// Whether the answer was gzip on the wire.
    pub gzip: bool,
}

/// How the answer looks from its first bytes.
enum Shape {
    Xml,
    Gzip,
    Text,
}

fn shape(first: &[u8]) -> Shape {
    let trimmed = first
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .map_or(&[][..], |at| &first[at..]);
    if trimmed.starts_with(b"\x1f\x8b") {
        Shape::Gzip
    } else if trimmed.starts_with(b"<") {
        Shape::Xml
    } else {
        Shape::Text
    }
}

impl Core {
    /// Streams a download answer into `sink`, or turns an XML error document into its error.
    pub(crate) async fn stream_bill(
        &self,
        mut response: reqwest::Response,
        key: &crate::ApiKey,
        sign_type: crate::SignType,
        sink: &mut (dyn tokio::io::AsyncWrite + Unpin + Send),
        gzip: Gzip,
    ) -> Result<Downloaded> {
        let status = response.status().as_u16();
        let content_type = crate::trace::content_type(self.config.trace_bodies, &response);
        let Some(first) = response.chunk().await.map_err(transport_error)? else {
            return Err(Error::Decode {
                reason: "the download answer is empty".into(),
                raw: Box::new(RawResponse {
                    status,
                    body: bytes::Bytes::new(),
                }),
            });
        };
        if status != 200 || matches!(shape(&first), Shape::Xml) {
            // An error document: read it (bounded) and let the usual checks name the failure.
            let raw = self.read_rest(first, response).await?;
            protocol::check_response(&raw, key, sign_type, false, &[])?;
            return Err(Error::Decode {
                reason: "expected a bill, got an XML document without an error".into(),
                raw: Box::new(raw),
            });
        }
        let is_gzip = matches!(shape(&first), Shape::Gzip);
        let mut written = 0u64;
        let mut decoder =
            (is_gzip && gzip == Gzip::Decode).then(|| flate2::write::GzDecoder::new(Vec::new()));
        let mut chunk = Some(first);
        while let Some(bytes) = chunk {
            match decoder.as_mut() {
                Some(decoder) => {
                    decoder
                        .write_all(&bytes)
                        .map_err(|e| gzip_error(status, e))?;
                    let plain = std::mem::take(decoder.get_mut());
                    sink.write_all(&plain).await.map_err(Error::Io)?;
                    written += plain.len() as u64;
                }
                None => {
                    sink.write_all(&bytes).await.map_err(Error::Io)?;
                    written += bytes.len() as u64;
                }
            }
            chunk = response.chunk().await.map_err(transport_error)?;
        }
        if let Some(decoder) = decoder {
            let rest = decoder.finish().map_err(|e| gzip_error(status, e))?;
            sink.write_all(&rest).await.map_err(Error::Io)?;
            written += rest.len() as u64;
        }
        // The bill itself is never logged: only its size and content type.
        crate::trace::response_bill(
            self.config.trace_bodies,
            status,
            content_type.as_deref(),
            written,
        );
        Ok(Downloaded {
            bytes: written,
            gzip: is_gzip,
        })
    }
}

fn gzip_error(status: u16, e: std::io::Error) -> Error {
    Error::Decode {
        reason: format!("the gzip bill does not decompress: {e}"),
        raw: Box::new(RawResponse {
            status,
            body: bytes::Bytes::new(),
        }),
    }
}
