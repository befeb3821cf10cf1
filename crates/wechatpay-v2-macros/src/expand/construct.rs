//! How an app builds a request (or a JSON object inside one): a constructor that takes the
//! required fields, and a setter per optional field, so adding an optional field to a
//! declaration breaks no caller.
//!
//! - `Request::new(required..)`, and `Default` when nothing is required;
//! - with a `one_of` group, no `new` but one constructor per member of the group,
//!   `Request::by_transaction_id(id, required..)`, so a request without any of them cannot be
//!   built;
//! - `.field(value)` for each optional field (those filled from the client configuration
//!   included), taking `impl Into<..>`.
//!
//! Fields filled from the client configuration (`appid`, `mch_id`...) are optional, so no
//! constructor asks for them.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{Ident, Type};

use crate::attr::option_inner;
use crate::model::{Field, Struct, StructRole};

pub(crate) fn expand(s: &Struct, one_of: &[Vec<Ident>]) -> TokenStream {
    let ident = &s.ident;
    let required: Vec<&Field> = s.fields.iter().filter(|f| is_argument(f)).collect();
    let names: Vec<String> = required.iter().map(|f| format!("`{}`", f.wire)).collect();
    let takes = if names.is_empty() {
        String::new()
    } else {
        format!(" Takes the required fields: {}.", names.join(", "))
    };
    let configured: Vec<String> = s
        .fields
        .iter()
        .filter(|f| f.config.is_some())
        .map(|f| format!("`{}`", f.wire))
        .collect();
    let rest = if configured.is_empty() {
        " Set the optional ones with the methods named after them.".to_owned()
    } else {
        format!(
            " Set the optional ones with the methods named after them; the client fills {} from its configuration when they are left out.",
            configured.join(", ")
        )
    };
    // Clippy's limit is seven arguments; a constructor takes what the API requires.
    let many = (required.len() + usize::from(!one_of.is_empty()) > 7)
        .then(|| quote!(#[allow(clippy::too_many_arguments)]));

    let constructors = match one_of.first() {
        None => {
            let params = required.iter().map(|f| param(&f.ident, &f.ty));
            let inits = s.fields.iter().map(|f| {
                let name = &f.ident;
                if is_argument(f) {
                    quote!(#name: ::core::convert::Into::into(#name))
                } else {
                    quote!(#name: ::core::default::Default::default())
                }
            });
            let what = match s.role {
                StructRole::Request(_) => "A request.",
                _ => "A value.",
            };
            let doc = format!("{what}{takes}{rest}");
            let default = required.is_empty().then(|| {
                quote! {
                    impl ::core::default::Default for #ident {
                        fn default() -> Self {
                            Self::new()
                        }
                    }
                }
            });
            quote! {
                impl #ident {
                    #[doc = #doc]
                    #many
                    pub fn new(#(#params),*) -> Self {
                        Self { #(#inits),* }
                    }
                }
                #default
            }
        }
        Some(group) => {
            let others: Vec<String> = group.iter().map(|m| format!("`{m}`")).collect();
            let by = group.iter().filter_map(|member| {
                let field = s.fields.iter().find(|f| f.ident == *member)?;
                let inner = option_inner(&field.ty).unwrap_or(&field.ty);
                let name = format_ident!("by_{}", unraw(member));
                let doc = format!(
                    "A request identified by `{}` (one of {} must be given).{takes}{rest}",
                    field.wire,
                    others.join(", ")
                );
                let params = required.iter().map(|f| param(&f.ident, &f.ty));
                let inits = s.fields.iter().map(|f| {
                    let name = &f.ident;
                    if is_argument(f) {
                        quote!(#name: ::core::convert::Into::into(#name))
                    } else if f.ident == *member {
                        quote!(#name: ::core::option::Option::Some(::core::convert::Into::into(#name)))
                    } else {
                        quote!(#name: ::core::default::Default::default())
                    }
                });
                Some(quote! {
                    #[doc = #doc]
                    #many
                    pub fn #name(#member: impl ::core::convert::Into<#inner>, #(#params),*) -> Self {
                        Self { #(#inits),* }
                    }
                })
            });
            quote! {
                impl #ident {
                    #(#by)*
                }
            }
        }
    };

    let setters = s.fields.iter().filter(|f| !is_argument(f)).map(|f| {
        let name = &f.ident;
        let doc = format!("Sets `{}`: {}", f.wire, f.doc);
        match option_inner(&f.ty) {
            Some(inner) => quote! {
                #[doc = #doc]
                #[must_use]
                pub fn #name(mut self, #name: impl ::core::convert::Into<#inner>) -> Self {
                    self.#name = ::core::option::Option::Some(::core::convert::Into::into(#name));
                    self
                }
            },
            None => {
                let ty = &f.ty;
                quote! {
                    #[doc = #doc]
                    #[must_use]
                    pub fn #name(mut self, #name: impl ::core::convert::Into<#ty>) -> Self {
                        self.#name = ::core::convert::Into::into(#name);
                        self
                    }
                }
            }
        }
    });

    quote! {
        #constructors

        impl #ident {
            #(#setters)*
        }
    }
}

/// A field the constructors take: required on the wire and not optional in Rust.
fn is_argument(f: &Field) -> bool {
    !f.is_option && (f.list.is_none() || f.required)
}

fn param(name: &Ident, ty: &Type) -> TokenStream {
    quote!(#name: impl ::core::convert::Into<#ty>)
}

fn unraw(ident: &Ident) -> String {
    let s = ident.to_string();
    s.strip_prefix("r#").map(str::to_owned).unwrap_or(s)
}
