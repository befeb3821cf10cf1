//! Code generation, one module per shape of output. Every generated impl sits inside
//! `const _: () = { use ::wechatpay_v2::__private as __wx; .. };`, so nothing it imports leaks,
//! and is marked `#[automatically_derived]`.
//!
//! Set `WECHAT_V2_MACRO_DEBUG=1` to print each expansion while building.

mod construct;
mod endpoint;
mod enumeration;
mod json;
mod message;

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::ctxt::Ctxt;
use crate::model::{Item, StructRole};
use crate::{attr, fallback, validate};

/// Parses, validates and expands one declaration.
pub(crate) fn run(args: TokenStream, item: TokenStream) -> TokenStream {
    let mut input: DeriveInput = match syn::parse2(item.clone()) {
        Ok(input) => input,
        Err(_) => return fallback::not_a_declaration(item),
    };
    let mut cx = Ctxt::default();
    let intent = attr::intent(&args, &input);
    let model = attr::parse(&mut cx, args, &mut input);
    if let Some(model) = &model {
        validate::check(&mut cx, model);
    }
    if let Err(errors) = cx.check() {
        return fallback::emit(&input, intent, errors);
    }
    let Some(model) = model else {
        // Parsing records an error whenever it yields no model; this is not reached.
        return fallback::emit(
            &input,
            intent,
            syn::Error::new_spanned(&input.ident, "invalid declaration"),
        );
    };
    let out = match &model {
        Item::Struct(s) => {
            let mut out = message::expand(&mut input, s);
            if let StructRole::Request(endpoint) = &s.role {
                out.extend(endpoint::expand(s, endpoint));
                out.extend(construct::expand(s, &endpoint.one_of));
            }
            if let StructRole::Json = s.role {
                out.extend(construct::expand(s, &[]));
            }
            out
        }
        Item::WireEnum(e) => enumeration::expand(&mut input, e),
        Item::JsonOneOf(e) => json::expand_one_of(&mut input, e),
    };
    if std::env::var_os("WECHAT_V2_MACRO_DEBUG").is_some() {
        eprintln!("{out}");
    }
    out
}

/// Wraps generated impls so their imports stay private.
pub(crate) fn wrap(body: TokenStream) -> TokenStream {
    quote! {
        const _: () = {
            use ::wechatpay_v2::__private as __wx;
            #body
        };
    }
}

#[cfg(test)]
mod golden;
