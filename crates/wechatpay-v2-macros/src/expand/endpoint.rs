//! Requests: the endpoint metadata, the leaf accessor of the path tree, and the check that the
//! declaration sits where its path says.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use super::wrap;
use crate::model::{Endpoint, EndpointKind, Struct};

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
    let method = if endpoint.get { "GET" } else { "POST" };
    let host = endpoint
        .host
        .as_deref()
        .unwrap_or(wechatpay_v2_facts::DEFAULT_BASE_URL);
    let mut accessor_doc = match &endpoint.kind {
        EndpointKind::SignedUrl { signed: true, .. } => {
            format!(
                "{title}\n\nBuilds the signed URL `{host}{wire}?...` for a browser; no HTTP call."
            )
        }
        EndpointKind::SignedUrl { signed: false, .. } => {
            format!(
                "{title}\n\nBuilds the URL `{host}{wire}?...` (not signed) for a browser; no HTTP call."
            )
        }
        EndpointKind::Download => format!("{title}\n\nDownloads from `{method} {host}{wire}`."),
        EndpointKind::Upload => {
            format!("{title}\n\nUploads a file to `{method} {host}{wire}` (`multipart/form-data`).")
        }
        EndpointKind::Call => format!("{title}\n\nSends `{method} {host}{wire}`."),
    };
    if endpoint.cert {
        accessor_doc.push_str(" Needs the client certificate.");
    }
    if endpoint.nonceless {
        accessor_doc.push_str(" Sent without a `nonce_str`.");
    }
    if endpoint.json_response {
        accessor_doc.push_str(" Answers in JSON, not signed.");
    } else if endpoint.unsigned {
        accessor_doc.push_str(" Responses are not signed.");
    }
    let method = if endpoint.get {
        quote!(__wx::Method::Get)
    } else {
        quote!(__wx::Method::Post)
    };
    let host = match &endpoint.host {
        Some(h) => quote!(::core::option::Option::Some(#h)),
        None => quote!(::core::option::Option::None),
    };
    let cert = endpoint.cert;
    let idempotent = endpoint.idempotent;
    let signed_response = !endpoint.unsigned;
    let nonce = endpoint.nonce();
    let response_format = if endpoint.json_response {
        quote!(__wx::ResponseFormat::Json)
    } else {
        quote!(__wx::ResponseFormat::Xml)
    };
    let kind = match &endpoint.kind {
        EndpointKind::Call => quote!(__wx::EndpointKind::Call),
        EndpointKind::Download => quote!(__wx::EndpointKind::Download),
        EndpointKind::Upload => quote!(__wx::EndpointKind::Upload),
        EndpointKind::SignedUrl { fragment, signed } => {
            let fragment = match fragment {
                Some(f) => quote!(::core::option::Option::Some(#f)),
                None => quote!(::core::option::Option::None),
            };
            if *signed {
                quote!(__wx::EndpointKind::SignedUrl { fragment: #fragment })
            } else {
                quote!(__wx::EndpointKind::Url { fragment: #fragment })
            }
        }
    };
    let (response_type, response_fields) = match response {
        Some(r) if endpoint.unsigned => (
            quote!(__wx::Unsigned<#r>),
            quote!(<#r as __wx::Message>::FIELDS),
        ),
        Some(r) => (quote!(#r), quote!(<#r as __wx::Message>::FIELDS)),
        None => (quote!(__wx::NoFields), quote!(&[])),
    };
    let handle = match &endpoint.kind {
        EndpointKind::Call => quote!(CallHandle),
        EndpointKind::Download => quote!(DownloadHandle),
        EndpointKind::Upload => quote!(UploadHandle),
        EndpointKind::SignedUrl { .. } => quote!(SignedUrlHandle),
    };

    let query = s
        .fields
        .iter()
        .filter(|f| f.query.is_some())
        .map(|f| &f.wire);
    let module = path.module_suffix();
    let misplaced = format!(
        "`{sdk}` is declared outside its place in the path tree: it must sit in module `{module}` (file `api-specs/src/{}`)",
        path.file()
    );

    let sandbox = wechatpay_v2_facts::is_sandbox_path(&sdk);
    let wire_of = |ident: &syn::Ident| {
        s.fields
            .iter()
            .find(|f| f.ident == *ident)
            .map_or_else(|| ident.to_string(), |f| f.wire.clone())
    };
    let required_if = endpoint.required_if.iter().map(|rule| {
        let fields = rule.fields.iter().map(wire_of);
        let when = wire_of(&rule.when);
        let equals = match &rule.equals {
            Some(value) => quote!(::core::option::Option::Some(#value)),
            None => quote!(::core::option::Option::None),
        };
        quote!(__wx::Condition { fields: &[#(#fields),*], when: #when, equals: #equals })
    });
    let one_of = endpoint.one_of.iter().map(|group| {
        let wires = group.iter().filter_map(|member| {
            s.fields
                .iter()
                .find(|f| f.ident == *member)
                .map(|f| f.wire.as_str())
        });
        quote!(&[#(#wires),*])
    });
    let body = quote! {
        #[automatically_derived]
        impl __wx::ApiRequest for #ident {
            type Response = #response_type;
            const ENDPOINT: &'static __wx::EndpointMeta = &__wx::EndpointMeta {
                path: #sdk,
                wire_path: #wire,
                method: #method,
                title: #title,
                host: #host,
                cert: #cert,
                idempotent: #idempotent,
                kind: #kind,
                signed_response: #signed_response,
                response_format: #response_format,
                nonce: #nonce,
                sandbox: #sandbox,
                request: <#ident as __wx::Message>::FIELDS,
                query: &[#(#query),*],
                one_of: &[#(#one_of),*],
                required_if: &[#(#required_if),*],
                response: #response_fields,
            };
        }

        #[automatically_derived]
        impl __wx::AsRequest for #ident {
            type Request = Self;
            fn as_request(&self) -> &Self {
                self
            }
        }

        impl<C: ::core::clone::Clone> super::Node<C> {
            #[doc = #accessor_doc]
            pub fn #accessor(&self) -> __wx::#handle<C, #ident> {
                __wx::#handle::__new(::core::clone::Clone::clone(&self.client))
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
            <#ident as ::wechatpay_v2::ApiRequest>::ENDPOINT;
    }
}
