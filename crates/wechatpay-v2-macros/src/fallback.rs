//! What is emitted when a declaration has errors: the item itself (without its helper
//! attributes) and the errors, so that code using the item gets no flood of follow-on errors.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

pub(crate) fn emit(item: &DeriveInput, errors: syn::Error) -> TokenStream {
    let errors = errors.to_compile_error();
    quote! {
        #item
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
