//! Parsing: `#[wechat_v2_api(...)]` and the item into the `model`.
//!
//! Parsers never stop at the first mistake: each one is recorded in the `Ctxt` at its token.
//! The `#[wechat(...)]` helper attributes are removed from the item as they are read.

use proc_macro2::{Span, TokenStream};
use syn::parse::Parser;
use syn::spanned::Spanned;
use syn::{
    Attribute, Data, DeriveInput, Fields, GenericArgument, Ident, LitInt, LitStr, PathArguments,
    Type,
};

use crate::ctxt::Ctxt;
use crate::model::{
    ConfigSource, Endpoint, Field, Item, JsonOneOf, List, ListForm, RequiredIf, Struct, StructRole,
    WireEnum, WireVariant,
};
use crate::path;

/// Name of the helper attribute on fields and variants.
const HELPER: &str = "wechat";

/// What the arguments of `#[wechat_v2_api(...)]` say.
#[derive(Default)]
struct Args {
    path: Option<LitStr>,
    response_type: Option<Ident>,
    response_flag: Option<Span>,
    json: Option<Span>,
    item: Option<Span>,
    host: Option<LitStr>,
    method: Option<LitStr>,
    fragment: Option<LitStr>,
    cert: Option<Span>,
    unsigned: Option<Span>,
    download: Option<Span>,
    signed_url: Option<Span>,
    url: Option<Span>,
    idempotent: Option<Span>,
    json_response: Option<Span>,
    upload: Option<Span>,
    nonceless: Option<Span>,
    /// `one_of(a, b, ..)`: the fields named, of which one must be given.
    one_of: Vec<Vec<Ident>>,
    /// `required_if(a | b, when = "VALUE")` / `required_if(a, when)`: see [`RequiredIf`].
    required_if: Vec<RequiredIf>,
}

impl Args {
    /// The first endpoint-only argument given, for "only on a request" errors.
    fn endpoint_only(&self) -> Option<Span> {
        [
            self.host.as_ref().map(LitStr::span),
            self.method.as_ref().map(LitStr::span),
            self.fragment.as_ref().map(LitStr::span),
            self.cert,
            self.unsigned,
            self.download,
            self.signed_url,
            self.url,
            self.idempotent,
            self.json_response,
            self.upload,
            self.nonceless,
            self.one_of.first().and_then(|g| g.first()).map(Ident::span),
            self.required_if.first().map(|r| r.fields[0].span()),
        ]
        .into_iter()
        .flatten()
        .next()
    }
}

fn parse_args(cx: &mut Ctxt, args: TokenStream) -> Args {
    let mut out = Args::default();
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("path") {
            out.path = Some(meta.value()?.parse()?);
        } else if meta.path.is_ident("response") {
            if meta.input.peek(syn::Token![=]) {
                out.response_type = Some(meta.value()?.parse()?);
            } else {
                out.response_flag = Some(meta.path.span());
            }
        } else if meta.path.is_ident("json") {
            out.json = Some(meta.path.span());
        } else if meta.path.is_ident("item") {
            out.item = Some(meta.path.span());
        } else if meta.path.is_ident("host") {
            out.host = Some(meta.value()?.parse()?);
        } else if meta.path.is_ident("method") {
            out.method = Some(meta.value()?.parse()?);
        } else if meta.path.is_ident("fragment") {
            out.fragment = Some(meta.value()?.parse()?);
        } else if meta.path.is_ident("cert") {
            out.cert = Some(meta.path.span());
        } else if meta.path.is_ident("unsigned") {
            out.unsigned = Some(meta.path.span());
        } else if meta.path.is_ident("download") {
            out.download = Some(meta.path.span());
        } else if meta.path.is_ident("signed_url") {
            out.signed_url = Some(meta.path.span());
        } else if meta.path.is_ident("url") {
            out.url = Some(meta.path.span());
        } else if meta.path.is_ident("idempotent") {
            out.idempotent = Some(meta.path.span());
        } else if meta.path.is_ident("json_response") {
            out.json_response = Some(meta.path.span());
        } else if meta.path.is_ident("upload") {
            out.upload = Some(meta.path.span());
        } else if meta.path.is_ident("nonceless") {
            out.nonceless = Some(meta.path.span());
        } else if meta.path.is_ident("one_of") {
            let mut group = Vec::new();
            meta.parse_nested_meta(|member| {
                match member.path.get_ident() {
                    Some(ident) => group.push(ident.clone()),
                    None => {
                        return Err(member.error(
                            "`one_of` names fields: `one_of(transaction_id, out_trade_no)`",
                        ));
                    }
                }
                Ok(())
            })?;
            out.one_of.push(group);
        } else if meta.path.is_ident("required_if") {
            let content;
            syn::parenthesized!(content in meta.input);
            let mut fields = vec![content.parse::<Ident>()?];
            while content.parse::<Option<syn::Token![|]>>()?.is_some() {
                fields.push(content.parse()?);
            }
            content.parse::<syn::Token![,]>()?;
            let when: Ident = content.parse()?;
            let equals = match content.parse::<Option<syn::Token![=]>>()? {
                Some(_) => Some(content.parse::<LitStr>()?),
                None => None,
            };
            if !content.is_empty() {
                return Err(content.error(
                    "expected `required_if(field, when = \"VALUE\")`, `required_if(a | b, when = \"VALUE\")` or `required_if(field, when)`",
                ));
            }
            out.required_if.push(RequiredIf {
                fields,
                when,
                equals,
            });
        } else {
            return Err(meta.error(format!(
                "unknown argument `{}`: expected `path`, `response`, `json`, `item`, `host`, `method`, `cert`, `unsigned`, `download`, `signed_url`, `url`, `fragment`, `upload`, `idempotent`, `json_response`, `nonceless`, `one_of` or `required_if`",
                path_text(&meta.path)
            )));
        }
        Ok(())
    });
    if let Err(e) = parser.parse2(args) {
        cx.push(e);
    }
    out
}

fn path_text(p: &syn::Path) -> String {
    p.segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect::<Vec<_>>()
        .join("::")
}

/// The first line of the doc comment, trimmed.
pub(crate) fn doc_title(attrs: &[Attribute]) -> String {
    for attr in attrs {
        if !attr.path().is_ident("doc") {
            continue;
        }
        if let syn::Meta::NameValue(nv) = &attr.meta
            && let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) = &nv.value
        {
            let line = s.value().trim().to_owned();
            if !line.is_empty() {
                return line;
            }
        }
    }
    String::new()
}

/// Settings of one `#[wechat(...)]` attribute list on a field or variant.
#[derive(Default)]
struct Helper {
    rename: Option<LitStr>,
    max_len: Option<LitInt>,
    optional: Option<Span>,
    list: Option<Span>,
    count: Option<LitStr>,
    /// `nested`, with the item element's name when given (`nested = "hbinfo"`).
    nested: Option<(Span, Option<LitStr>)>,
    query: Option<Span>,
    required: Option<Span>,
}

/// Reads and removes the `#[wechat(...)]` attributes; `allowed` names the keys valid here.
fn take_helper(cx: &mut Ctxt, attrs: &mut Vec<Attribute>, allowed: &[&str]) -> Helper {
    let mut out = Helper::default();
    attrs.retain(|attr| {
        if !attr.path().is_ident(HELPER) {
            return true;
        }
        let result = attr.parse_nested_meta(|meta| {
            let key = path_text(&meta.path);
            if !allowed.contains(&key.as_str()) {
                return Err(meta.error(format!(
                    "unknown `wechat` attribute `{key}` here: expected {}",
                    allowed
                        .iter()
                        .map(|a| format!("`{a}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
            match key.as_str() {
                "rename" => out.rename = Some(meta.value()?.parse()?),
                "max_len" => out.max_len = Some(meta.value()?.parse()?),
                "count" => out.count = Some(meta.value()?.parse()?),
                "list" => out.list = Some(meta.path.span()),
                "query" => out.query = Some(meta.path.span()),
                "nested" => {
                    let each = if meta.input.peek(syn::Token![=]) {
                        Some(meta.value()?.parse()?)
                    } else {
                        None
                    };
                    out.nested = Some((meta.path.span(), each));
                }
                "required" => out.required = Some(meta.path.span()),
                _ => out.optional = Some(meta.path.span()),
            }
            Ok(())
        });
        if let Err(e) = result {
            cx.push(e);
        }
        false
    });
    out
}

/// `Some(inner)` when `ty` is `Option<inner>`.
pub(crate) fn option_inner(ty: &Type) -> Option<&Type> {
    generic_inner(
        ty,
        &[
            &["Option"],
            &["std", "option", "Option"],
            &["core", "option", "Option"],
        ],
    )
}

/// `Some(item)` when `ty` is `Vec<item>`.
pub(crate) fn vec_inner(ty: &Type) -> Option<&Type> {
    generic_inner(
        ty,
        &[&["Vec"], &["std", "vec", "Vec"], &["alloc", "vec", "Vec"]],
    )
}

/// The one type argument of `ty` when its path is one of `paths`.
fn generic_inner<'t>(ty: &'t Type, paths: &[&[&str]]) -> Option<&'t Type> {
    let Type::Path(tp) = ty else { return None };
    if tp.qself.is_some() {
        return None;
    }
    let segs: Vec<String> = tp
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    if !paths
        .iter()
        .any(|p| p.iter().copied().eq(segs.iter().map(String::as_str)))
    {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &tp.path.segments.last()?.arguments else {
        return None;
    };
    match args.args.first() {
        Some(GenericArgument::Type(inner)) if args.args.len() == 1 => Some(inner),
        _ => None,
    }
}

fn parse_fields(cx: &mut Ctxt, input: &mut DeriveInput, role_allows_optional: bool) -> Vec<Field> {
    let Data::Struct(data) = &mut input.data else {
        return Vec::new();
    };
    let Fields::Named(named) = &mut data.fields else {
        cx.error_at(
            &input.ident,
            "declare the fields by name: `struct Name { field: Type, .. }`",
        );
        return Vec::new();
    };
    let mut out = Vec::new();
    for field in named.named.iter_mut() {
        let allowed: &[&str] = if role_allows_optional {
            &[
                "rename", "max_len", "optional", "list", "count", "nested", "query", "required",
            ]
        } else {
            &["rename", "max_len", "list", "count", "nested", "required"]
        };
        let helper = take_helper(cx, &mut field.attrs, allowed);
        let Some(ident) = field.ident.clone() else {
            continue;
        };
        let (wire, wire_span) = match &helper.rename {
            Some(lit) => (lit.value(), lit.span()),
            None => (ident.unraw_name(), ident.span()),
        };
        let max_len = helper
            .max_len
            .as_ref()
            .and_then(|lit| match lit.base10_parse::<u32>() {
                Ok(0) | Err(_) => {
                    cx.error_at(
                        lit,
                        "`max_len` must be a whole number of characters above 0",
                    );
                    None
                }
                Ok(n) => Some(n),
            });
        let form = match (&helper.count, &helper.nested) {
            (Some(_), Some((span, _))) => {
                cx.push(syn::Error::new(
                    *span,
                    "a list is either indexed (`count`) or `nested`, not both",
                ));
                None
            }
            (Some(_), None) => Some(ListForm::Indexed),
            (None, Some((_, each))) => Some(ListForm::Nested { each: each.clone() }),
            (None, None) => None,
        };
        let list = match (helper.list, form) {
            (Some(_), Some(form)) => match vec_inner(&field.ty) {
                Some(item) => Some(List {
                    item: item.clone(),
                    form,
                }),
                None => {
                    cx.error_at(
                        &field.ty,
                        "a `list` field is a `Vec` of a `#[wechat_v2_api(item)]` struct",
                    );
                    None
                }
            },
            (Some(span), None) => {
                if helper.count.is_none() && helper.nested.is_none() {
                    cx.push(syn::Error::new(
                        span,
                        "name the list's count field: `#[wechat(list, count = \"refund_count\")]`, or mark a list of nested elements `#[wechat(list, nested)]`",
                    ));
                }
                // Still a list, so the type is not reported again.
                vec_inner(&field.ty).cloned().map(|item| List {
                    item,
                    form: ListForm::Indexed,
                })
            }
            (None, _) => {
                if let Some(lit) = &helper.count {
                    cx.error_at(lit, "`count` goes with `list`");
                }
                if let Some((span, _)) = &helper.nested {
                    cx.push(syn::Error::new(*span, "`nested` goes with `list`"));
                }
                None
            }
        };
        if let (Some(span), None) = (helper.required, &list) {
            cx.push(syn::Error::new(
                span,
                "`required` applies to `list` fields; other fields are required unless `Option<..>`",
            ));
        }
        let (wire, wire_span) = match (&list, &helper.count) {
            (
                Some(List {
                    form: ListForm::Indexed,
                    ..
                }),
                Some(count),
            ) => (count.value(), count.span()),
            _ => (wire, wire_span),
        };
        let inner = option_inner(&field.ty);
        use wechatpay_v2_facts::Setting;
        let setting = wechatpay_v2_facts::config_setting(&wire).filter(|_| role_allows_optional);
        let config = setting.map(|setting| match setting {
            Setting::AppId => ConfigSource::AppId,
            Setting::MchId => ConfigSource::MchId,
            Setting::SubAppId => ConfigSource::SubAppId,
            Setting::SubMchId => ConfigSource::SubMchId,
        });
        if let (Some(span), None) = (helper.optional, config) {
            cx.push(syn::Error::new(
                span,
                "`optional` applies only to fields filled from the client configuration (`appid`, `mch_appid`, `mch_id`, `mchid`, `sub_appid`, `sub_mch_id`); make other optional fields `Option<..>`",
            ));
        }
        out.push(Field {
            wire,
            wire_span,
            is_option: inner.is_some(),
            required: if config.is_some() {
                helper.optional.is_none()
            } else if list.is_some() {
                helper.required.is_some()
            } else {
                inner.is_none()
            },
            list,
            query: helper.query,
            max_len,
            doc: doc_title(&field.attrs),
            config,
            ty: field.ty.clone(),
            ident,
        });
    }
    out
}

trait Unraw {
    fn unraw_name(&self) -> String;
}

impl Unraw for Ident {
    fn unraw_name(&self) -> String {
        let s = self.to_string();
        s.strip_prefix("r#").map(str::to_owned).unwrap_or(s)
    }
}

/// SCREAMING_SNAKE_CASE of a variant name: `ParkingSpace` → `PARKING_SPACE`.
fn screaming_snake(name: &str) -> String {
    let mut out = String::new();
    let mut prev: Option<char> = None;
    for c in name.chars() {
        if c.is_ascii_uppercase()
            && prev.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit())
        {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
        prev = Some(c);
    }
    out
}

/// The endpoint settings of a request, checked against each other.
fn endpoint(cx: &mut Ctxt, args: &Args, path: crate::model::ApiPath) -> Option<StructRole> {
    use crate::model::EndpointKind;
    let mut ok = true;
    let host = args.host.as_ref().and_then(|lit| {
        let url = lit.value();
        if (url.starts_with("https://") || url.starts_with("http://")) && url.ends_with('/') {
            Some(url)
        } else {
            cx.error_at(lit, "`host` is a base URL like \"https://fraud.mch.weixin.qq.com/\" (scheme, host, trailing `/`)");
            ok = false;
            None
        }
    });
    // `url` is the unsigned form of `signed_url`; the rules of one are the rules of the other.
    let (url_arg, signed) = match (args.signed_url, args.url) {
        (Some(_), Some(span)) => {
            cx.push(syn::Error::new(
                span,
                "an endpoint is either a `signed_url` or an unsigned `url`, not both",
            ));
            ok = false;
            (args.signed_url, true)
        }
        (Some(span), None) => (Some(span), true),
        (None, Some(span)) => (Some(span), false),
        (None, None) => (None, true),
    };
    let get = match args.method.as_ref().map(|m| (m, m.value())) {
        None => url_arg.is_some(),
        Some((_, m)) if m == "GET" => true,
        Some((_, m)) if m == "POST" => false,
        Some((lit, _)) => {
            cx.error_at(lit, "`method` is \"GET\" or \"POST\"");
            ok = false;
            false
        }
    };
    let kind = match (args.download, url_arg, args.upload) {
        (Some(_), _, Some(span)) => {
            cx.push(syn::Error::new(
                span,
                "an endpoint is either a `download` or an `upload`, not both",
            ));
            ok = false;
            EndpointKind::Call
        }
        (None, Some(_), Some(span)) => {
            cx.push(syn::Error::new(
                span,
                "an `upload` is sent by the server, a `signed_url` or `url` is opened by a browser: choose one",
            ));
            ok = false;
            EndpointKind::Call
        }
        (Some(_), Some(span), None) => {
            cx.push(syn::Error::new(
                span,
                "an endpoint is either a `download` or a `signed_url`, not both",
            ));
            ok = false;
            EndpointKind::Call
        }
        (Some(_), None, None) => EndpointKind::Download,
        (None, Some(_), None) => EndpointKind::SignedUrl {
            fragment: args.fragment.as_ref().map(LitStr::value),
            signed,
        },
        (None, None, Some(_)) => EndpointKind::Upload,
        (None, None, None) => EndpointKind::Call,
    };
    if let (Some(_), Some(lit), true) = (args.upload, &args.method, get) {
        cx.error_at(
            lit,
            "an `upload` is sent with `POST` (a `multipart/form-data` body): drop `method = \"GET\"`",
        );
        ok = false;
    }
    if let (Some(fragment), None) = (&args.fragment, url_arg) {
        cx.error_at(fragment, "`fragment` goes with `signed_url`");
        ok = false;
    }
    if url_arg.is_some() && !get {
        cx.push(syn::Error::new(
            url_arg.unwrap_or_else(Span::call_site),
            "a `signed_url` endpoint is opened with `GET`",
        ));
        ok = false;
    }
    if let (Some(span), false) = (args.json_response, matches!(kind, EndpointKind::Call)) {
        cx.push(syn::Error::new(
            span,
            "`json_response` is for calls; downloads and signed URLs have no response document, uploads answer in XML",
        ));
        ok = false;
    }
    if let (Some(_), Some(span)) = (args.json_response, args.unsigned) {
        cx.push(syn::Error::new(
            span,
            "a `json_response` is never signed: drop `unsigned`",
        ));
        ok = false;
    }
    // Only the XML calls and downloads of `POST` carry a nonce; saying `nonceless` of any other
    // endpoint says nothing, and probably means the kind is wrong.
    if let Some(span) = args.nonceless {
        let implied = match kind {
            EndpointKind::SignedUrl { .. } => {
                Some("a `signed_url` or `url` carries no `nonce_str`")
            }
            EndpointKind::Upload => Some("an `upload` carries no `nonce_str`"),
            _ if get => Some("a `GET` call carries no `nonce_str`"),
            _ => None,
        };
        if let Some(why) = implied {
            cx.push(syn::Error::new(
                span,
                format!("`nonceless` is implied: {why}; drop `nonceless`"),
            ));
            ok = false;
        }
    }
    let response = match (&kind, &args.response_type) {
        (EndpointKind::Call | EndpointKind::Upload, Some(ty)) => Some(ty.clone()),
        (EndpointKind::Call | EndpointKind::Upload, None) => {
            Some(Ident::new("Response", Span::call_site()))
        }
        (_, None) => None,
        (_, Some(ty)) => {
            cx.error_at(ty, "downloads and signed URLs have no XML response type");
            ok = false;
            None
        }
    };
    ok.then(|| {
        StructRole::Request(Endpoint {
            path,
            response,
            host,
            cert: args.cert.is_some(),
            unsigned: args.unsigned.is_some() || args.json_response.is_some(),
            json_response: args.json_response.is_some(),
            idempotent: args.idempotent.is_some(),
            nonceless: args.nonceless.is_some(),
            one_of: args.one_of.clone(),
            required_if: args.required_if.clone(),
            get,
            kind,
        })
    })
}

/// What the item is meant to be, read leniently (for the fallback when parsing fails).
pub(crate) fn intent(args: &TokenStream, input: &DeriveInput) -> crate::fallback::Intent {
    use crate::fallback::Intent;
    let mut cx = Ctxt::default();
    let args = parse_args(&mut cx, args.clone());
    match (&input.data, args.path.is_some(), args.json.is_some()) {
        (Data::Enum(_), _, _) | (Data::Struct(_), false, true) => Intent::FieldValue,
        (Data::Struct(_), true, _) => Intent::Request,
        _ => Intent::Other,
    }
}

/// Parses the attribute and the item. Returns the model (when the item could be read at all)
/// and the item with its helper attributes removed.
pub(crate) fn parse(cx: &mut Ctxt, args: TokenStream, input: &mut DeriveInput) -> Option<Item> {
    let args = parse_args(cx, args);
    if !input.generics.params.is_empty() {
        cx.error_at(&input.generics, "WeChat Pay declarations cannot be generic");
    }
    match &input.data {
        Data::Struct(_) => {
            let role = match (&args.path, args.response_flag, args.json.or(args.item)) {
                (Some(lit), None, None) => {
                    let path = match path::parse(lit) {
                        Ok(p) => Some(p),
                        Err(msg) => {
                            cx.error_at(lit, msg);
                            None
                        }
                    };
                    path.and_then(|path| endpoint(cx, &args, path))
                }
                (None, Some(_), None) => Some(StructRole::Response),
                (None, None, Some(_)) if args.item.is_some() && args.json.is_some() => {
                    cx.error_at(&input.ident, "use only one of `json` and `item`");
                    None
                }
                (None, None, Some(_)) if args.item.is_some() => Some(StructRole::Item),
                (None, None, Some(_)) => Some(StructRole::Json),
                (None, None, None) => {
                    cx.error_at(
                        &input.ident,
                        "say what this struct declares: `#[wechat_v2_api(path = \"v2/...\")]` for a request, `#[wechat_v2_api(response)]`, `#[wechat_v2_api(item)]` (a list item) or `#[wechat_v2_api(json)]`",
                    );
                    None
                }
                _ => {
                    cx.error_at(
                        &input.ident,
                        "use only one of `path = \"...\"`, `response`, `item` and `json`",
                    );
                    None
                }
            };
            if args.path.is_none()
                && let Some(span) = args
                    .response_type
                    .as_ref()
                    .map(Ident::span)
                    .or(args.endpoint_only())
            {
                cx.push(syn::Error::new(
                    span,
                    "this argument describes an endpoint: it goes with `path = \"...\"` on a request",
                ));
            }
            let is_request = matches!(role, Some(StructRole::Request(_)));
            let fields = parse_fields(cx, input, is_request);
            let role = role?;
            Some(Item::Struct(Struct {
                role,
                ident: input.ident.clone(),
                title: doc_title(&input.attrs),
                fields,
            }))
        }
        Data::Enum(_) => {
            if args.path.is_some()
                || args.response_flag.is_some()
                || args.response_type.is_some()
                || args.endpoint_only().is_some()
            {
                cx.error_at(
                    &input.ident,
                    "an enum declares a field value: use `#[wechat_v2_api]` (wire values) or `#[wechat_v2_api(json)]` (one of several JSON shapes)",
                );
            }
            let Data::Enum(data) = &mut input.data else {
                return None;
            };
            if args.json.is_some() {
                let mut variants = Vec::new();
                for v in data.variants.iter_mut() {
                    take_helper(cx, &mut v.attrs, &[]);
                    match &v.fields {
                        Fields::Unnamed(f) if f.unnamed.len() == 1 => {
                            variants.push((v.ident.clone(), f.unnamed[0].ty.clone()));
                        }
                        _ => cx.error_at(
                            &v.ident,
                            "each variant of a JSON one-of holds exactly one `#[wechat_v2_api(json)]` struct: `Variant(Shape)`",
                        ),
                    }
                }
                Some(Item::JsonOneOf(JsonOneOf {
                    ident: input.ident.clone(),
                    variants,
                }))
            } else {
                let mut variants = Vec::new();
                for v in data.variants.iter_mut() {
                    let helper = take_helper(cx, &mut v.attrs, &["rename"]);
                    if !matches!(v.fields, Fields::Unit) {
                        cx.error_at(&v.ident, "variants of a wire enum carry no data");
                    }
                    if v.discriminant.is_some() {
                        cx.error_at(&v.ident, "wire values come from the name or `#[wechat(rename = \"...\")]`, not from a discriminant");
                    }
                    let (wire, wire_span) = match &helper.rename {
                        Some(lit) => (lit.value(), lit.span()),
                        None => (screaming_snake(&v.ident.unraw_name()), v.ident.span()),
                    };
                    variants.push(WireVariant {
                        ident: v.ident.clone(),
                        wire,
                        wire_span,
                    });
                }
                Some(Item::WireEnum(WireEnum {
                    ident: input.ident.clone(),
                    variants,
                }))
            }
        }
        Data::Union(_) => {
            cx.error_at(
                &input.ident,
                "unions cannot be declared; use a struct or an enum",
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_names_become_screaming_snake() {
        assert_eq!(screaming_snake("Parking"), "PARKING");
        assert_eq!(screaming_snake("ParkingSpace"), "PARKING_SPACE");
        assert_eq!(screaming_snake("Normal"), "NORMAL");
        assert_eq!(screaming_snake("Sha256"), "SHA256");
    }
}
