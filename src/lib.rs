//! Typed, signed and verified WeChat Pay APIv2 (the XML API) for Rust.
//!
//! ```no_run
//! use wechatpay_v2::v2::vehicle::pay::notification::{
//!     ParkingScene, Request, Scene, SceneInfo, TradeScene,
//! };
//! use wechatpay_v2::{Client, SignType};
//!
//! # async fn run() -> wechatpay_v2::Result<()> {
//! let api = Client::builder()
//!     .mch_id("1900000109")
//!     .api_key("0123456789abcdef0123456789abcdef")
//!     .appid("wxd678efh567hg6787")
//!     .build()?;
//!
//! let request = Request {
//!     appid: None, // taken from the client
//!     mch_id: None,
//!     sign_type: SignType::HmacSha256,
//!     version: "3.0".into(),
//!     trade_scene: TradeScene::Parking,
//!     scene_info: SceneInfo {
//!         scene_info: Scene::Parking(ParkingScene {
//!             start_time: "20170826104339".into(),
//!             notify_url: None,
//!             plate_number: "粤B888888".into(),
//!             car_type: None,
//!             parking_name: "欢乐海岸停车场".into(),
//!             free_time: "1200".into(),
//!         }),
//!     },
//! };
//!
//! // Chained, declarative and index styles: the same typed request and response.
//! let response = api.v2().vehicle().pay().notification().post(request.clone()).await?;
//! let response = api.chain("v2/vehicle/pay/notification").post(request.clone()).await?;
//! let response = api["v2/vehicle/pay/notification"].post(request).await?;
//! println!("{:?}", response.user_state);
//! # Ok(())
//! # }
//! ```
//!
//! The blocking client ([`blocking::Client`], built with `build_blocking`) has the same three
//! styles. Endpoints nobody has declared yet are reachable untyped, with a map of fields:
//! `api.chain("v2/some/path").post_fields(map)`.

pub use wechatpay_v2_apis::{Apis, v2};
pub use wechatpay_v2_core::{
    ApiKey, Chain, ClientBuilder, ConfigField, Endpoint, EndpointMeta, Error, ErrorKind, FieldKind,
    FieldMeta, JsonShape, Message, Method, RawResponse, Request, Result, SignType,
    SignatureProblem, UnknownValue, WireEnum, endpoint, error, field, nonce, protocol, sign,
    wechat_v2_api, xml,
};

/// The async client, with every declared endpoint.
pub type Client = wechatpay_v2_core::Client<Apis>;

/// The blocking client: the same call styles, without async.
pub mod blocking {
    /// The blocking client, with every declared endpoint.
    pub type Client = wechatpay_v2_core::blocking::Client<crate::Apis>;
}

#[doc(hidden)]
pub use wechatpay_v2_core::__private;
