//! Requests: the endpoint metadata, the leaf accessor of the path tree, and the check that the
//! declaration sits where its path says.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use super::wrap;
use crate::model::{Endpoint, Struct};

pub(crate) fn expand(s: &Struct, endpoint: &Endpoint) -> TokenStream {
    let ident = &s.ident;
    let response = &endpoint.response;
    let path = &endpoint.path;
    let sdk = path.sdk();
    let wire = path.wire();
    let title = &s.title;
    let span = path.literal.span();

    let accessor = &path
        .segments
        .last()
        .expect("a parsed path has at least one segment")
        .accessor;
    let accessor_doc = format!("{title}\n\nSends `POST /{wire}`.");

    let module = path.module_suffix();
    let misplaced = format!(
        "`{sdk}` is declared outside its place in the path tree: it must sit in module `{module}` (file `api-specs/src/{}`)",
        path.file()
    );

    let body = quote! {
        #[automatically_derived]
        impl __wx::Request for #ident {
            type Response = #response;
            const ENDPOINT: &'static __wx::EndpointMeta = &__wx::EndpointMeta {
                path: #sdk,
                wire_path: #wire,
                method: __wx::Method::Post,
                title: #title,
                signed_response: true,
                request: <#ident as __wx::Message>::FIELDS,
                response: <#response as __wx::Message>::FIELDS,
            };
        }

        impl<C: ::core::clone::Clone> super::Node<C> {
            #[doc = #accessor_doc]
            pub fn #accessor(&self) -> __wx::Endpoint<C, #ident> {
                __wx::Endpoint::__new(::core::clone::Clone::clone(&self.client))
            }
        }
    };
    let body = wrap(body);
    let placed = quote_spanned! {span=>
        const _: () = ::core::assert!(
            ::wechatpay_v2::__private::module_path_ends_with(::core::module_path!(), #module),
            #misplaced
        );
    };
    quote! {
        #body
        #placed

        #[doc(hidden)]
        pub const __ENDPOINT: &::wechatpay_v2::EndpointMeta =
            <#ident as ::wechatpay_v2::Request>::ENDPOINT;
    }
}
