extern crate wechatpay_v2_core as wechatpay_v2;

fn main() {}

pub mod v2 {
    wechatpay_v2::__private::path_node!("v2");
    pub mod papay {
        wechatpay_v2::__private::path_node!("v2/papay", papay);

        pub mod a {
            use wechatpay_v2::wechat_v2_api;
            /// A signed URL never carries a nonce.
            #[wechat_v2_api(path = "v2/papay/a", signed_url, nonceless)]
            pub struct Request {
                /// A field.
                pub version: String,
            }
        }

        pub mod b {
            use wechatpay_v2::wechat_v2_api;
            /// Nor does a `GET` call.
            #[wechat_v2_api(path = "v2/papay/b", method = "GET", nonceless)]
            pub struct Request {
                /// A field.
                pub version: String,
            }

            /// The response.
            #[wechat_v2_api(response)]
            pub struct Response {
                /// A field.
                pub version: String,
            }
        }

        pub mod c {
            use wechatpay_v2::wechat_v2_api;
            /// Nor does an upload.
            #[wechat_v2_api(path = "v2/papay/c", upload, nonceless)]
            pub struct Request {
                /// A field.
                pub version: String,
            }

            /// The response.
            #[wechat_v2_api(response)]
            pub struct Response {
                /// A field.
                pub version: String,
            }
        }

        pub mod d {
            use wechatpay_v2::wechat_v2_api;
            /// `nonceless` belongs to an endpoint.
            #[wechat_v2_api(response, nonceless)]
            pub struct Response {
                /// A field.
                pub version: String,
            }
        }
    }
}
