//! Rules over the whole declaration, checked on the model before any code is generated.

use std::collections::HashMap;

use syn::Type;

use crate::attr::option_inner;
use crate::ctxt::Ctxt;
use crate::model::{EndpointKind, Field, Item, List, ListForm, Struct, StructRole};

/// Request fields the framework writes itself.
const FRAMEWORK_REQUEST_FIELDS: &[&str] = wechatpay_v2_facts::FRAMEWORK_REQUEST_FIELDS;
/// Response fields the framework checks itself.
const FRAMEWORK_RESPONSE_FIELDS: &[&str] = wechatpay_v2_facts::ENVELOPE_FIELDS;

pub(crate) fn check(cx: &mut Ctxt, item: &Item) {
    match item {
        Item::Struct(s) => check_struct(cx, s),
        Item::WireEnum(e) => {
            if e.variants.is_empty() {
                cx.error_at(&e.ident, "a wire enum needs at least one variant");
            }
            let mut seen = HashMap::new();
            for v in &e.variants {
                if v.ident == "Unknown" {
                    cx.error_at(
                        &v.ident,
                        "`Unknown` is generated for values this SDK does not know; rename this variant",
                    );
                }
                if v.wire.is_empty() {
                    cx.push(syn::Error::new(v.wire_span, "a wire value cannot be empty"));
                }
                if let Some(first) = seen.insert(v.wire.clone(), v.ident.clone()) {
                    cx.push(syn::Error::new(
                        v.wire_span,
                        format!("wire value `{}` is already used by `{first}`", v.wire),
                    ));
                }
            }
        }
        Item::JsonOneOf(e) => {
            if e.variants.is_empty() {
                cx.error_at(&e.ident, "a JSON one-of needs at least one shape");
            }
        }
    }
}

fn check_struct(cx: &mut Ctxt, s: &Struct) {
    let mut seen: HashMap<&str, &syn::Ident> = HashMap::new();
    for f in &s.fields {
        if let Some(first) = seen.insert(&f.wire, &f.ident) {
            cx.push(syn::Error::new(
                f.wire_span,
                format!("wire name `{}` is already used by field `{first}`", f.wire),
            ));
        }
        if let Err(why) = check_wire_name(&f.wire) {
            cx.push(syn::Error::new(
                f.wire_span,
                format!("wire name `{}`: {why}", f.wire),
            ));
        }
        if !matches!(s.role, StructRole::Json)
            && f.list.is_none()
            && let Err(why) = check_type(&f.ty)
        {
            cx.error_at(&f.ty, why);
        }
        if let Some(List {
            form: ListForm::Nested { each },
            ..
        }) = &f.list
        {
            if !matches!(s.role, StructRole::Response) {
                cx.error_at(
                    &f.ident,
                    "only a response holds nested elements; requests, list items and JSON objects are flat: drop `nested`",
                );
            }
            if let Some(each) = each
                && let Err(why) = check_wire_name(&each.value())
            {
                cx.error_at(each, format!("element name `{}`: {why}", each.value()));
            }
        }
        if f.list.is_some() && matches!(s.role, StructRole::Json) {
            cx.error_at(
                &f.ident,
                "JSON objects hold arrays, not indexed lists; drop `list`",
            );
        }
        match &s.role {
            StructRole::Request(endpoint) => {
                if matches!(endpoint.kind, EndpointKind::Upload) {
                    check_upload_field(cx, f);
                }
                if let Some(span) = f.query {
                    if endpoint.get || !matches!(endpoint.kind, EndpointKind::Call) {
                        cx.push(syn::Error::new(
                            span,
                            "`query` sends a field of a `POST` call in the URL; the fields of a `GET` endpoint, a download, an upload or a URL already have their place: drop `query`",
                        ));
                    } else if f.list.is_some() {
                        cx.push(syn::Error::new(
                            span,
                            "a list cannot go in the query string",
                        ));
                    }
                }
                if FRAMEWORK_REQUEST_FIELDS.contains(&f.wire.as_str()) {
                    cx.push(syn::Error::new(
                        f.wire_span,
                        format!(
                            "`{}` is written by the framework on every request; remove this field",
                            f.wire
                        ),
                    ));
                }
                if f.config.is_some() && !f.is_option {
                    cx.error_at(
                        &f.ty,
                        format!(
                            "`{}` is filled from the client configuration when left out; declare it as `Option<String>`",
                            f.wire
                        ),
                    );
                }
            }
            StructRole::Response => {
                if FRAMEWORK_RESPONSE_FIELDS.contains(&f.wire.as_str()) {
                    cx.push(syn::Error::new(
                        f.wire_span,
                        format!(
                            "`{}` is checked by the framework on every response; remove this field",
                            f.wire
                        ),
                    ));
                }
                if f.ident == "other_fields" {
                    cx.error_at(
                        &f.ident,
                        "`other_fields` is generated (it keeps the fields this SDK does not know); rename this field",
                    );
                }
            }
            StructRole::Json | StructRole::Item => {}
        }
    }
    if let StructRole::Request(endpoint) = &s.role {
        check_one_of(cx, s, &endpoint.one_of);
        for rule in &endpoint.required_if {
            for field in &rule.fields {
                match s.fields.iter().find(|f| f.ident == *field) {
                    None => cx.error_at(field, format!("`{field}` is not a field of this request")),
                    Some(f) if !f.is_option => cx.error_at(
                        field,
                        format!(
                            "`{field}` is required always; `required_if` is for an `Option<..>` field"
                        ),
                    ),
                    Some(_) => {}
                }
            }
            if !s.fields.iter().any(|f| f.ident == rule.when) {
                cx.error_at(
                    &rule.when,
                    format!("`{}` is not a field of this request", rule.when),
                );
            }
        }
    }
}

/// A `one_of` group names two or more optional fields of the request, each once; a request has
/// at most one group (its constructors are one per member).
fn check_one_of(cx: &mut Ctxt, s: &Struct, groups: &[Vec<syn::Ident>]) {
    if let Some(second) = groups.get(1).and_then(|g| g.first()) {
        cx.error_at(
            second,
            "a request declares at most one `one_of` group (its constructors are one per member)",
        );
    }
    for group in groups {
        if group.len() < 2 {
            let at = group
                .first()
                .map_or_else(proc_macro2::Span::call_site, |i| i.span());
            cx.push(syn::Error::new(
                at,
                "`one_of` names two or more fields, one of which must be given",
            ));
        }
        let mut seen: Vec<&syn::Ident> = Vec::new();
        for member in group {
            if seen.contains(&member) {
                cx.error_at(member, format!("`{member}` is named twice in `one_of`"));
                continue;
            }
            seen.push(member);
            match s.fields.iter().find(|f| f.ident == *member) {
                None => cx.error_at(member, format!("`{member}` is not a field of this request")),
                Some(f) if !f.is_option || f.list.is_some() => cx.error_at(
                    member,
                    format!("`{member}` is one of several identifiers: declare it as `Option<..>`"),
                ),
                Some(f) if f.config.is_some() => cx.error_at(
                    member,
                    format!("`{member}` is filled from the client configuration; it cannot be one of a `one_of` group"),
                ),
                Some(_) => {}
            }
        }
    }
}

/// The file part and its hash: the framework's, in an upload request.
fn check_upload_field(cx: &mut Ctxt, f: &Field) {
    match f.wire.as_str() {
        "media" => cx.push(syn::Error::new(
            f.wire_span,
            "the file part `media` is not a field: it is given to `upload(request, media)` as a `Media`; remove this field",
        )),
        "media_hash" if !f.is_option => cx.error_at(
            &f.ty,
            "`media_hash` is computed from the file when left out: declare it as `Option<String>`",
        ),
        _ => {}
    }
}

fn check_wire_name(name: &str) -> Result<(), &'static str> {
    let mut bytes = name.bytes();
    match bytes.next() {
        None => Err("cannot be empty"),
        Some(b) if !(b.is_ascii_alphabetic() || b == b'_') => {
            Err("must start with a letter or `_`")
        }
        _ if bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')) => Ok(()),
        _ => Err("may hold only ASCII letters, digits, `_`, `-` and `.`"),
    }
}

const SUPPORTED: &str = "use `String` (text), an integer type (amounts in fen), an enum declared with `#[wechat_v2_api]`, a struct declared with `#[wechat_v2_api(json)]`, or `Option` of one of them";

/// Rejects the types that can never be a flat XML field, with the reason and the fix. Other
/// types are checked by the compiler through the `FieldValue` bound.
fn check_type(ty: &Type) -> Result<(), String> {
    let ty = match option_inner(ty) {
        Some(inner) => {
            if option_inner(inner).is_some() {
                return Err("`Option<Option<..>>` cannot be encoded: a field is present or absent, use one `Option`".into());
            }
            inner
        }
        None => ty,
    };
    match ty {
        Type::Path(tp) => {
            let last = tp
                .path
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default();
            match last.as_str() {
                "f32" | "f64" => Err(format!(
                    "`{last}` cannot be encoded: amounts are integers in fen; use an integer type such as `u64`"
                )),
                "bool" => Err(format!(
                    "`bool` cannot be encoded: WeChat Pay has no boolean fields; {SUPPORTED}"
                )),
                "str" => Err("`str` cannot be encoded: use `String`".into()),
                "HashMap" | "BTreeMap" | "HashSet" | "BTreeSet" | "VecDeque" => Err(format!(
                    "`{last}` cannot be encoded as one field: WeChat Pay documents are flat; {SUPPORTED}"
                )),
                _ => Ok(()),
            }
        }
        Type::Reference(_) => Err(format!(
            "references cannot be encoded: fields own their values; {SUPPORTED}"
        )),
        Type::Paren(p) => check_type(&p.elem),
        Type::Group(g) => check_type(&g.elem),
        _ => Err(format!("this type cannot be encoded; {SUPPORTED}")),
    }
}
