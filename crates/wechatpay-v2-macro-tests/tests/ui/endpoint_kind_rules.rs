extern crate wechatpay_v2_core as wechatpay_v2;

fn main() {}

pub mod v2 {
    wechatpay_v2::__private::path_node!("v2");
    pub mod papay {
        wechatpay_v2::__private::path_node!("v2/papay", papay);

        pub mod a {
            use wechatpay_v2::wechat_v2_api;
            /// A fragment without a signed URL.
            #[wechat_v2_api(path = "v2/papay/a", fragment = "wechat_redirect")]
            pub struct Request {
                /// A field.
                pub version: String,
            }
        }

        pub mod b {
            use wechatpay_v2::wechat_v2_api;
            /// A signed URL is opened with GET.
            #[wechat_v2_api(path = "v2/papay/b", signed_url, method = "POST")]
            pub struct Request {
                /// A field.
                pub version: String,
            }
        }

        pub mod c {
            use wechatpay_v2::wechat_v2_api;
            /// Both kinds at once, and a host that is not a base URL.
            #[wechat_v2_api(path = "v2/papay/c", download, signed_url, host = "fraud.mch.weixin.qq.com")]
            pub struct Request {
                /// A field.
                pub version: String,
            }
        }

        pub mod d {
            use wechatpay_v2::wechat_v2_api;
            /// Endpoint arguments on a response.
            #[wechat_v2_api(response, cert)]
            pub struct Response {
                /// A field.
                pub version: String,
            }
        }
    }
}
