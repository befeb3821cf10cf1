//! The `#[wechat_v2_api]` attribute of the `wechatpay-v2` SDK.
//!
//! The attribute reads a declaration in three steps, one module each: `attr` parses the
//! attribute and the item into the small `model` (every node keeps its span), `validate`
//! checks the rules that span several fields, and `expand` generates the code. On any error the
//! item is emitted unchanged beside the `compile_error!`s (`fallback`), so a maintainer sees
//! each mistake once, at its token, and no flood of follow-on errors.
//!
//! See the runtime crate's documentation of `wechat_v2_api` for the declaration syntax.

mod attr;
mod ctxt;
mod expand;
mod fallback;
mod model;
mod path;
mod validate;

use proc_macro::TokenStream;

/// Declares a WeChat Pay v2 endpoint, response, enum or JSON-in-string type.
///
/// - `#[wechat_v2_api(path = "v2/vehicle/pay/notification")] pub struct Request { .. }`: the
///   request of the endpoint at that path; its response is the `Response` type beside it
///   (`response = OtherName` to change that).
/// - `#[wechat_v2_api(response)] pub struct Response { .. }`: a response.
/// - `#[wechat_v2_api] pub enum TradeScene { Parking, #[wechat(rename = "PARKING SPACE")] ParkingSpace }`:
///   an enumerated field value (wire values default to SCREAMING_SNAKE_CASE).
/// - `#[wechat_v2_api(json)]` on a struct, or on an enum of one-field variants (one of several
///   shapes): a value carried as JSON text in a string field.
///
/// Field attributes: `#[wechat(rename = "wire_name")]`, `#[wechat(max_len = 32)]`, and on
/// `appid` / `mch_id` (filled from the client configuration) `#[wechat(optional)]` where the API
/// does not require them.
#[proc_macro_attribute]
pub fn wechat_v2_api(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::run(args.into(), item.into()).into()
}
