//! Structs: requests and responses (`Message`: fields, encode, decode) and JSON objects.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::parse::Parser;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, parse_quote};

use super::{json, wrap};
use crate::model::{ConfigSource, Field, List, ListForm, Struct, StructRole};

/// The `FieldMeta` of one field.
pub(crate) fn field_meta(f: &Field) -> TokenStream {
    let wire = &f.wire;
    let doc = &f.doc;
    let required = f.required;
    let ty = &f.ty;
    let max_len = match f.max_len {
        Some(n) => quote!(::core::option::Option::Some(#n)),
        None => quote!(::core::option::Option::None),
    };
    let config = match f.config {
        Some(ConfigSource::AppId) => quote!(::core::option::Option::Some(__wx::ConfigField::AppId)),
        Some(ConfigSource::MchId) => quote!(::core::option::Option::Some(__wx::ConfigField::MchId)),
        Some(ConfigSource::SubAppId) => {
            quote!(::core::option::Option::Some(__wx::ConfigField::SubAppId))
        }
        Some(ConfigSource::SubMchId) => {
            quote!(::core::option::Option::Some(__wx::ConfigField::SubMchId))
        }
        None => quote!(::core::option::Option::None),
    };
    let kind = match &f.list {
        Some(List {
            item,
            form: ListForm::Indexed,
        }) => {
            quote_spanned!(item.span()=> __wx::FieldKind::List(<#item as __wx::ListItem>::FIELDS))
        }
        Some(List {
            item,
            form: ListForm::Nested { each },
        }) => {
            let each = option_str(each.as_ref());
            quote_spanned! {item.span()=>
                __wx::FieldKind::Nested {
                    each: #each,
                    fields: <#item as __wx::ListItem>::FIELDS,
                }
            }
        }
        None => quote_spanned!(ty.span()=> <#ty as __wx::Describe>::KIND),
    };
    quote! {
        __wx::FieldMeta {
            name: #wire,
            doc: #doc,
            required: #required,
            max_len: #max_len,
            kind: #kind,
            config: #config,
        }
    }
}

pub(crate) fn expand(input: &mut DeriveInput, s: &Struct) -> TokenStream {
    if let StructRole::Json = s.role {
        return json::expand_object(input, s);
    }
    let is_item = matches!(s.role, StructRole::Item);
    let is_response = matches!(s.role, StructRole::Response);
    if is_response {
        add_other_fields(input);
    }
    input.attrs.push(
        parse_quote!(#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)]),
    );
    if let StructRole::Request(_) = s.role {
        // Adding an optional field must not break callers, who use `new`/`by_*` and the setters.
        input.attrs.push(parse_quote!(#[non_exhaustive]));
    }

    let ident = &s.ident;
    let metas = s.fields.iter().map(field_meta);
    // One code path for messages and list items: a message is an item with no suffix.
    let puts = s.fields.iter().map(|f| {
        let (wire, field, ty) = (&f.wire, &f.ident, &f.ty);
        match &f.list {
            Some(List {
                form: ListForm::Indexed,
                ..
            }) => quote_spanned!(ty.span()=> out.put_list(#wire, suffix, &self.#field)?;),
            Some(List {
                form: ListForm::Nested { each },
                ..
            }) => {
                let each = option_str(each.as_ref());
                quote_spanned!(ty.span()=> out.put_nested(#wire, #each, &self.#field)?;)
            }
            None => quote_spanned!(ty.span()=> out.put_at(#wire, suffix, &self.#field)?;),
        }
    });
    let takes = s.fields.iter().map(|f| {
        let (wire, field) = (&f.wire, &f.ident);
        if let Some(List {
            form: ListForm::Nested { each },
            ..
        }) = &f.list
        {
            let each = option_str(each.as_ref());
            quote!(#field: fields.nested(#wire, #each)?,)
        } else if f.list.is_some() {
            quote!(#field: fields.list(#wire, suffix)?,)
        } else if f.is_option {
            quote!(#field: fields.optional_at(#wire, suffix)?,)
        } else {
            quote!(#field: fields.required_at(#wire, suffix)?,)
        }
    });
    let rest = is_response.then(|| quote!(other_fields: fields.take_rest(),));
    let body = if is_item {
        quote! {
            #[automatically_derived]
            impl __wx::ListItem for #ident {
                const FIELDS: &'static [__wx::FieldMeta] = &[#(#metas),*];

                fn encode_at<'a>(
                    &'a self,
                    out: &mut __wx::FieldWriter<'a>,
                    suffix: &str,
                ) -> __wx::Result<(), __wx::FieldError> {
                    #(#puts)*
                    __wx::Result::Ok(())
                }

                fn decode_at(
                    fields: &mut __wx::FieldReader<'_>,
                    suffix: &str,
                ) -> __wx::Result<Self, __wx::FieldError> {
                    __wx::Result::Ok(Self {
                        #(#takes)*
                    })
                }
            }
        }
    } else {
        quote! {
            #[automatically_derived]
            impl __wx::Message for #ident {
                const FIELDS: &'static [__wx::FieldMeta] = &[#(#metas),*];

                fn encode<'a>(
                    &'a self,
                    out: &mut __wx::FieldWriter<'a>,
                ) -> __wx::Result<(), __wx::FieldError> {
                    let suffix = "";
                    #(#puts)*
                    __wx::Result::Ok(())
                }

                fn decode(fields: &mut __wx::FieldReader<'_>) -> __wx::Result<Self, __wx::FieldError> {
                    let suffix = "";
                    __wx::Result::Ok(Self {
                        #(#takes)*
                        #rest
                    })
                }
            }
        }
    };
    let body = wrap(body);
    quote! {
        #input
        #body
    }
}

/// `Some("..")` or `None`, as tokens.
fn option_str(lit: Option<&syn::LitStr>) -> TokenStream {
    match lit {
        Some(lit) => quote!(::core::option::Option::Some(#lit)),
        None => quote!(::core::option::Option::None),
    }
}

/// Adds the `other_fields` map to a response struct.
fn add_other_fields(input: &mut DeriveInput) {
    let Data::Struct(data) = &mut input.data else {
        return;
    };
    let Fields::Named(named) = &mut data.fields else {
        return;
    };
    let field = syn::Field::parse_named
        .parse2(quote! {
            /// Fields received that this SDK does not declare (WeChat adds fields over time),
            /// kept as received.
            pub other_fields: ::wechatpay_v2::__private::OtherFields
        })
        .unwrap_or_else(|e| unreachable!("a fixed field parses: {e}"));
    named.named.push(field);
}
