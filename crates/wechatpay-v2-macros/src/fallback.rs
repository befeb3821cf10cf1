//! What is emitted when a declaration has errors: the item itself (without its helper
//! attributes) and the errors, so that code using the item gets no flood of follow-on errors.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

/// What the failed item was meant to be, so stubs can stand in for the generated impls.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Intent {
    /// A request: code elsewhere refers to its `__ENDPOINT`.
    Request,
    /// A field value (wire enum or JSON type): requests refer to its impls.
    FieldValue,
    /// Nothing else refers to it.
    Other,
}

pub(crate) fn emit(item: &DeriveInput, intent: Intent, errors: syn::Error) -> TokenStream {
    let errors = errors.to_compile_error();
    let ident = &item.ident;
    let stubs = match intent {
        Intent::Request => quote! {
            #[doc(hidden)]
            pub const __ENDPOINT: &::wechatpay_v2::EndpointMeta = &::wechatpay_v2::EndpointMeta {
                path: "",
                wire_path: "",
                method: ::wechatpay_v2::Method::Post,
                title: "",
                host: ::core::option::Option::None,
                cert: false,
                idempotent: false,
                kind: ::wechatpay_v2::EndpointKind::Call,
                signed_response: true,
                response_format: ::wechatpay_v2::__private::ResponseFormat::Xml,
                nonce: true,
                sandbox: false,
                request: &[],
                query: &[],
                one_of: &[],
                required_if: &[],
                response: &[],
            };
        },
        Intent::FieldValue => quote! {
            const _: () = {
                use ::wechatpay_v2::__private as __wx;
                impl ::core::fmt::Debug for #ident {
                    fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        ::core::unreachable!()
                    }
                }
                impl ::core::clone::Clone for #ident {
                    fn clone(&self) -> Self {
                        ::core::unreachable!()
                    }
                }
                impl ::core::cmp::PartialEq for #ident {
                    fn eq(&self, _: &Self) -> bool {
                        ::core::unreachable!()
                    }
                }
                impl __wx::Describe for #ident {
                    const KIND: __wx::FieldKind = __wx::FieldKind::Text;
                }
                impl __wx::FieldValue for #ident {
                    fn to_wire(&self) -> __wx::Result<__wx::Cow<'_, str>, __wx::String> {
                        ::core::unreachable!()
                    }
                    fn from_wire(_: &str) -> __wx::Result<Self, __wx::String> {
                        ::core::unreachable!()
                    }
                }
            };
        },
        Intent::Other => TokenStream::new(),
    };
    quote! {
        #item
        #stubs
        #errors
    }
}

pub(crate) fn not_a_declaration(item: TokenStream) -> TokenStream {
    let error = syn::Error::new_spanned(
        &item,
        "#[wechat_v2_api] goes on a struct (request, response or JSON object) or an enum",
    )
    .to_compile_error();
    quote! {
        #item
        #error
    }
}
