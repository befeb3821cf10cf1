//! JSON-in-string values: an object, or one of several object shapes. Each type gets the
//! metadata, a `FieldValue` impl, and a `JsonValue` impl that is one call per member into the
//! shared runtime code (`wechatpay_v2::json`), not a serde derive; thin `Serialize` /
//! `Deserialize` impls go through the same code.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{DeriveInput, parse_quote};

use super::message::field_meta;
use super::wrap;
use crate::model::{JsonOneOf, Struct};

fn add_derives(input: &mut DeriveInput) {
    input.attrs.push(parse_quote!(#[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::cmp::PartialEq
    )]));
}

/// `FieldValue`, `Serialize` and `Deserialize`, all through `JsonValue`.
fn shared_impls(ident: &syn::Ident) -> TokenStream {
    quote! {
        #[automatically_derived]
        impl __wx::FieldValue for #ident {
            fn to_wire(&self) -> __wx::Result<__wx::Cow<'_, str>, __wx::String> {
                __wx::json::to_wire(self)
            }
            fn from_wire(text: &str) -> __wx::Result<Self, __wx::String> {
                __wx::json::from_wire(text)
            }
        }

        #[automatically_derived]
        impl __wx::serde::Serialize for #ident {
            fn serialize<S: __wx::serde::Serializer>(&self, s: S) -> __wx::Result<S::Ok, S::Error> {
                __wx::json::serialize(self, s)
            }
        }

        #[automatically_derived]
        impl<'de> __wx::serde::Deserialize<'de> for #ident {
            fn deserialize<D: __wx::serde::Deserializer<'de>>(d: D) -> __wx::Result<Self, D::Error> {
                __wx::json::deserialize(d)
            }
        }
    }
}

pub(crate) fn expand_object(input: &mut DeriveInput, s: &Struct) -> TokenStream {
    add_derives(input);
    // Adding an optional field must not break callers, who use `new` and the setters.
    input.attrs.push(parse_quote!(#[non_exhaustive]));
    let ident = &s.ident;
    let metas = s.fields.iter().map(field_meta);
    let writes = s.fields.iter().map(|f| {
        // The key as written: the quoted name and its colon.
        let (field, key) = (&f.ident, format!("\"{}\":", f.wire));
        quote!(object.member(#key, &self.#field);)
    });
    let reads = s.fields.iter().map(|f| {
        let (field, wire) = (&f.ident, &f.wire);
        quote!(#field: object.member(#wire)?,)
    });
    let shared = shared_impls(ident);
    let body = wrap(quote! {
        #[automatically_derived]
        impl __wx::Describe for #ident {
            const KIND: __wx::FieldKind =
                __wx::FieldKind::Json(&__wx::JsonShape::Object(&[#(#metas),*]));
        }

        #[automatically_derived]
        impl __wx::JsonValue for #ident {
            fn write_json(&self, out: &mut __wx::String) {
                let mut object = __wx::json::ObjectWriter::new(out);
                #(#writes)*
                object.end();
            }
            fn read_json(
                value: ::core::option::Option<__wx::json::Value>,
            ) -> __wx::Result<Self, __wx::String> {
                let mut object = __wx::json::ObjectReader::new(value)?;
                __wx::Result::Ok(Self { #(#reads)* })
            }
        }

        #shared
    });
    quote! {
        #input
        #body
    }
}

pub(crate) fn expand_one_of(input: &mut DeriveInput, e: &JsonOneOf) -> TokenStream {
    add_derives(input);
    let ident = &e.ident;
    let shapes = e.variants.iter().map(
        |(_, ty)| quote_spanned!(ty.span()=> __wx::json_shape_of(<#ty as __wx::Describe>::KIND)),
    );
    let writes = e.variants.iter().map(
        |(variant, _)| quote!(Self::#variant(shape) => __wx::JsonValue::write_json(shape, out),),
    );
    // The first shape the value reads as wins, in declaration order.
    let reads = e.variants.iter().map(|(variant, ty)| {
        quote! {
            if let __wx::Result::Ok(shape) =
                <#ty as __wx::JsonValue>::read_json(::core::option::Option::Some(value.clone()))
            {
                return __wx::Result::Ok(Self::#variant(shape));
            }
        }
    });
    let shared = shared_impls(ident);
    let body = wrap(quote! {
        #[automatically_derived]
        impl __wx::Describe for #ident {
            const KIND: __wx::FieldKind =
                __wx::FieldKind::Json(&__wx::JsonShape::OneOf(&[#(#shapes),*]));
        }

        #[automatically_derived]
        impl __wx::JsonValue for #ident {
            fn write_json(&self, out: &mut __wx::String) {
                match self {
                    #(#writes)*
                }
            }
            fn read_json(
                value: ::core::option::Option<__wx::json::Value>,
            ) -> __wx::Result<Self, __wx::String> {
                let value = __wx::json::present(value)?;
                #(#reads)*
                __wx::Result::Err(__wx::String::from("matches none of the documented shapes"))
            }
        }

        #shared
    });
    quote! {
        #input
        #body
    }
}
