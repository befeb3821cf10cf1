//! JSON-in-string values: an object, or one of several object shapes. Encoding and decoding are
//! serde's; this adds the metadata and the `FieldValue` impl.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, parse_quote};

use super::message::field_meta;
use super::wrap;
use crate::model::{JsonOneOf, Struct};

fn add_serde(input: &mut DeriveInput) {
    input.attrs.push(parse_quote!(#[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::cmp::PartialEq,
        ::wechatpay_v2::__private::serde::Serialize,
        ::wechatpay_v2::__private::serde::Deserialize
    )]));
    input
        .attrs
        .push(parse_quote!(#[serde(crate = "::wechatpay_v2::__private::serde")]));
}

fn field_value_impl(ident: &syn::Ident) -> TokenStream {
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
    }
}

pub(crate) fn expand_object(input: &mut DeriveInput, s: &Struct) -> TokenStream {
    add_serde(input);
    if let Data::Struct(data) = &mut input.data
        && let Fields::Named(named) = &mut data.fields
    {
        for (field, model) in named.named.iter_mut().zip(&s.fields) {
            let wire = &model.wire;
            if model.ident != wire.as_str() {
                field.attrs.push(parse_quote!(#[serde(rename = #wire)]));
            }
            if model.is_option {
                field.attrs.push(parse_quote!(#[serde(
                    default,
                    skip_serializing_if = "::core::option::Option::is_none"
                )]));
            }
        }
    }
    let ident = &s.ident;
    let metas = s.fields.iter().map(field_meta);
    let value = field_value_impl(ident);
    let body = wrap(quote! {
        #[automatically_derived]
        impl __wx::Describe for #ident {
            const KIND: __wx::FieldKind =
                __wx::FieldKind::Json(&__wx::JsonShape::Object(&[#(#metas),*]));
        }
        #value
    });
    quote! {
        #input
        #body
    }
}

pub(crate) fn expand_one_of(input: &mut DeriveInput, e: &JsonOneOf) -> TokenStream {
    add_serde(input);
    input.attrs.push(parse_quote!(#[serde(untagged)]));
    let ident = &e.ident;
    let shapes = e.variants.iter().map(
        |(_, ty)| quote_spanned!(ty.span()=> __wx::json_shape_of(<#ty as __wx::Describe>::KIND)),
    );
    let value = field_value_impl(ident);
    let body = wrap(quote! {
        #[automatically_derived]
        impl __wx::Describe for #ident {
            const KIND: __wx::FieldKind =
                __wx::FieldKind::Json(&__wx::JsonShape::OneOf(&[#(#shapes),*]));
        }
        #value
    });
    quote! {
        #input
        #body
    }
}
