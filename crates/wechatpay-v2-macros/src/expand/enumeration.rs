//! Wire enums: a closed set of values plus `Unknown`, which keeps values this SDK does not know.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Data, DeriveInput, parse_quote};

use super::wrap;
use crate::model::WireEnum;

pub(crate) fn expand(input: &mut DeriveInput, e: &WireEnum) -> TokenStream {
    if let Data::Enum(data) = &mut input.data {
        data.variants.push(parse_quote! {
            /// A value this SDK does not know yet, kept as received.
            Unknown(::wechatpay_v2::UnknownValue)
        });
    }
    input.attrs.push(parse_quote!(#[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
        ::core::hash::Hash
    )]));
    input.attrs.push(parse_quote!(#[non_exhaustive]));

    let ident = &e.ident;
    let values = e.variants.iter().map(|v| &v.wire);
    let to_wire = e.variants.iter().map(|v| {
        let (variant, wire) = (&v.ident, &v.wire);
        quote!(Self::#variant => #wire,)
    });
    let from_wire = e.variants.iter().map(|v| {
        let (variant, wire) = (&v.ident, &v.wire);
        quote!(#wire => Self::#variant,)
    });
    let body = quote! {
        #[automatically_derived]
        impl __wx::WireEnum for #ident {
            const VALUES: &'static [&'static str] = &[#(#values),*];

            fn as_str(&self) -> &str {
                match self {
                    #(#to_wire)*
                    Self::Unknown(value) => value.as_str(),
                }
            }

            fn from_str_lossy(text: &str) -> Self {
                match text {
                    #(#from_wire)*
                    other => Self::Unknown(__wx::UnknownValue::__new(other)),
                }
            }
        }

        #[automatically_derived]
        impl __wx::Describe for #ident {
            const KIND: __wx::FieldKind = __wx::FieldKind::Enum(<Self as __wx::WireEnum>::VALUES);
        }

        #[automatically_derived]
        impl __wx::FieldValue for #ident {
            fn to_wire(&self) -> __wx::Result<__wx::Cow<'_, str>, __wx::String> {
                __wx::Result::Ok(__wx::Cow::Borrowed(__wx::WireEnum::as_str(self)))
            }
            fn from_wire(text: &str) -> __wx::Result<Self, __wx::String> {
                __wx::Result::Ok(<Self as __wx::WireEnum>::from_str_lossy(text))
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(__wx::WireEnum::as_str(self))
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = __wx::String;
            fn from_str(text: &str) -> __wx::Result<Self, __wx::String> {
                __wx::wire_enum::parse_known(text)
            }
        }

        #[automatically_derived]
        impl __wx::serde::Serialize for #ident {
            fn serialize<S: __wx::serde::Serializer>(&self, s: S) -> __wx::Result<S::Ok, S::Error> {
                __wx::wire_enum::serialize(self, s)
            }
        }

        #[automatically_derived]
        impl<'de> __wx::serde::Deserialize<'de> for #ident {
            fn deserialize<D: __wx::serde::Deserializer<'de>>(d: D) -> __wx::Result<Self, D::Error> {
                __wx::wire_enum::deserialize(d)
            }
        }
    };
    let body = wrap(body);
    quote! {
        #input
        #body
    }
}
