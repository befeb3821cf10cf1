//! The one exchange: from a request ([`Outgoing`], typed or untyped) to a verified answer.
//!
//! Every call goes through [`Core::exchange`]: the certificate check, the sign key (the sandbox
//! key for sandbox endpoints), the signed request of the endpoint's kind (an XML body, a signed
//! query string, or the text parts of an upload), the transport, the retries of idempotent
//! endpoints, one trace span per attempt, the envelope and sign checks of the answer, and
//! handing the verified answer over ([`Receive`]). It is not generic: what an endpoint adds to an
//! app is its request's `encode` and its response's `decode`, reached through `dyn`.
//!
//! A typed call is encode → exchange → decode ([`Receive::Message`]); an untyped one is map →
//! exchange → map ([`Receive::Fields`]); a download streams the bill ([`Receive::Bill`]).

use std::collections::BTreeMap;

use crate::bill_stream::{Downloaded, Gzip};
use crate::trace::CallTrace;
use crate::transport::Core;
use crate::transport::transport_error;
use wechatpay_v2_protocol::endpoint::{EndpointMeta, Method};
use wechatpay_v2_protocol::error::{Error, RawResponse, Result};
use wechatpay_v2_protocol::media::Media;
use wechatpay_v2_protocol::outgoing::{self, Outgoing};
use wechatpay_v2_protocol::sign::SignType;
use wechatpay_v2_protocol::{self as protocol, Decode};

/// What is done with the answer.
pub(crate) enum Receive<'r> {
    /// A typed response: the verified fields, envelope set apart, are decoded into it.
    Message(&'r mut dyn Decode),
    /// An untyped response: every verified field, envelope included.
    Fields(&'r mut BTreeMap<String, String>),
    /// A bill, streamed into a writer (gunzipped when asked); an XML answer is its error.
    Bill {
        out: &'r mut (dyn tokio::io::AsyncWrite + Unpin + Send),
        gzip: Gzip,
        done: &'r mut Option<Downloaded>,
    },
}

/// One call: the request, the file of an upload, and what to do with the answer.
pub(crate) struct Call<'a> {
    /// Refuses, before anything else, an endpoint of another kind than the call is for.
    pub(crate) kind: fn(&EndpointMeta) -> Result<()>,
    pub(crate) out: Outgoing<'a>,
    pub(crate) media: Option<&'a Media>,
    pub(crate) receive: Receive<'a>,
    /// Filled with the request as sent and the answer as received (for the untyped calls that
    /// return them).
    pub(crate) record: Option<&'a mut Record>,
}

/// The request as sent and the answer as received, of the last attempt.
#[derive(Default)]
pub(crate) struct Record {
    pub(crate) sent: Option<Sent>,
    pub(crate) response: Option<RawResponse>,
}

/// A request as it was sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    /// `POST` (an XML body) or `GET` (the fields in the query string).
    pub method: Method,
    /// The URL, with the signed query string for a `GET`.
    pub url: String,
    /// The signed `<xml>` body of a `POST` (empty for a `GET`); for an upload, the signed text
    /// parts, form-encoded (`mch_id=..&media_hash=..&sign=..`), without the file.
    pub body: Vec<u8>,
    /// The algorithm it was signed with.
    pub sign_type: SignType,
}

/// One untyped call in full: what was sent and what came back.
#[derive(Debug, Clone)]
pub struct Exchange {
    /// The signed request, as sent.
    pub request: Sent,
    /// The response as received.
    pub response: RawResponse,
    /// The verified response fields, envelope included.
    pub fields: BTreeMap<String, String>,
}

impl Core {
    /// Runs one call: signs, sends, retries (idempotent endpoints, when the client opted in),
    /// verifies and hands the answer to `call.receive`.
    #[allow(
        clippy::manual_async_fn,
        reason = "an `async fn` stores its arguments twice in its future"
    )]
    pub(crate) fn exchange<'a>(
        &'a self,
        mut call: Call<'a>,
    ) -> impl std::future::Future<Output = Result<()>> + Send + 'a {
        async move {
            if let Some(meta) = call.out.meta {
                (call.kind)(meta)?;
            }
            self.check_cert(call.out.meta)?;
            let mut tries = 0u32;
            loop {
                // The attempt's trace and result end before the pause, so the future does not
                // keep room for them beside the timer.
                let pause = {
                    let method = call.out.meta.map_or(Method::Post, |m| m.method);
                    let trace = CallTrace::start(call.out.path, method.as_str(), tries + 1);
                    let result = {
                        let mut attempt = std::pin::pin!(self.attempt(&mut call));
                        std::future::poll_fn(|cx| {
                            let _entered = trace.enter();
                            attempt.as_mut().poll(cx)
                        })
                        .await
                    };
                    trace.finish(&result);
                    match (result, self.retry_policy(&call)) {
                        (Err(err), Some(p)) if tries < p.retries && retryable(&err) => {
                            p.backoff.saturating_mul(1 << tries.min(16))
                        }
                        (result, _) => return result,
                    }
                };
                tokio::time::sleep(pause).await;
                tries += 1;
            }
        }
    }

    /// The retries of a call: those the client opted in to, for an idempotent endpoint. A
    /// bill is never sent twice: part of it may already be written.
    fn retry_policy(&self, call: &Call<'_>) -> Option<crate::RetryPolicy> {
        let idempotent = call.out.meta.is_some_and(|m| m.idempotent)
            && !matches!(call.receive, Receive::Bill { .. });
        self.config.retry.filter(|_| idempotent)
    }

    /// One attempt of a call, with a fresh nonce.
    ///
    /// Performance: a call's future holds this one, and is moved whole on every call (see
    /// [`Core`]): the request is signed and handed to reqwest by a plain function ([`Core::send`]),
    /// so that only reqwest's boxed pending call and the body reader are kept across awaits.
    async fn attempt(&self, call: &mut Call<'_>) -> Result<()> {
        let key = self.key_for(call.out.is_sandbox()).await?;
        let sent = call.record.as_deref_mut().map(|r| &mut r.sent);
        let (request, sign_type) = self.send(&call.out, call.media, key, sent)?;
        let response = request.send().await.map_err(transport_error)?;
        if let Receive::Bill { out, gzip, done } = &mut call.receive {
            // Boxed: bills are rare, and their state would otherwise widen every call's future.
            let streamed = Box::pin(self.stream_bill(response, key, sign_type, &mut **out, *gzip));
            **done = Some(streamed.await?);
            return Ok(());
        }
        let raw = self.read_body(response).await?;
        let meta = call.out.meta;
        let pairs = protocol::verify_answer(&raw, key, sign_type, meta, self.config.max_depth)?;
        match &mut call.receive {
            Receive::Message(decode) => {
                let meta = meta.ok_or_else(|| Error::UndeclaredPath {
                    path: call.out.path.to_owned(),
                })?;
                protocol::read_message(&raw, pairs, meta, &mut **decode)?;
            }
            Receive::Fields(fields) => {
                **fields = pairs
                    .into_iter()
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect();
            }
            Receive::Bill { .. } => {}
        }
        if let Some(record) = call.record.as_deref_mut() {
            record.response = Some(raw);
        }
        Ok(())
    }

    /// Signs the request the way its kind is sent and hands it to reqwest: the text parts of an
    /// upload with its file, the signed query string of a `GET`, or an XML body. Records what
    /// was sent in `sent` when asked.
    fn send(
        &self,
        out: &Outgoing<'_>,
        media: Option<&Media>,
        key: &crate::ApiKey,
        sent: Option<&mut Option<Sent>>,
    ) -> Result<(reqwest::RequestBuilder, SignType)> {
        let signer = self.config.signer_with(key);
        let meta = out.meta;
        if let Some(media) = media {
            let form = outgoing::sign_form(out, signer, media)?;
            let url = self.post_url(meta, out.wire_path(), "")?;
            if let Some(sent) = sent {
                let text = form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(form.fields.iter())
                    .finish();
                *sent = Some(Sent {
                    method: Method::Post,
                    url: url.as_str().to_owned(),
                    body: text.into_bytes(),
                    sign_type: form.sign_type,
                });
            }
            return Ok((self.post_form(url, &form, media)?, form.sign_type));
        }
        if meta.is_some_and(|m| m.method == Method::Get) {
            let base = self.url(meta, out.wire_path());
            let (url, sign_type) = outgoing::sign_query(out, signer, &base)?;
            crate::trace::request_query(self.config.trace_bodies, url.as_str());
            if let Some(sent) = sent {
                *sent = Some(Sent {
                    method: Method::Get,
                    url: url.as_str().to_owned(),
                    body: Vec::new(),
                    sign_type,
                });
            }
            return Ok((self.get(url), sign_type));
        }
        let body = outgoing::sign_body(out, signer, None)?;
        let url = self.post_url(meta, out.wire_path(), &body.query)?;
        if let Some(sent) = sent {
            *sent = Some(Sent {
                method: Method::Post,
                url: url.as_str().to_owned(),
                body: body.xml.clone(),
                sign_type: body.sign_type,
            });
        }
        Ok((self.post(url, body.xml), body.sign_type))
    }
}

/// Whether a failed attempt may be retried (for idempotent endpoints only): the request may
/// not have reached the gateway, or the gateway failed.
fn retryable(err: &Error) -> bool {
    match err {
        Error::Transport(_) => true,
        Error::HttpStatus { raw } => raw.status >= 500,
        _ => false,
    }
}

/// The whole of an untyped call whose request and answer were kept.
pub(crate) fn into_exchange(fields: BTreeMap<String, String>, kept: Record) -> Result<Exchange> {
    match kept {
        Record {
            sent: Some(request),
            response: Some(response),
        } => Ok(Exchange {
            request,
            response,
            fields,
        }),
        _ => Err(Error::Config("the exchange was not recorded".into())),
    }
}
