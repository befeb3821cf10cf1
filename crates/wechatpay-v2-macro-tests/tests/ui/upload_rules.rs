extern crate wechatpay_v2_core as wechatpay_v2;

fn main() {}

pub mod v2 {
    wechatpay_v2::__private::path_node!("v2");
    pub mod secapi {
        wechatpay_v2::__private::path_node!("v2/secapi", secapi);

        pub mod a {
            use wechatpay_v2::wechat_v2_api;
            /// An upload is a POST.
            #[wechat_v2_api(path = "v2/secapi/a", upload, method = "GET")]
            pub struct Request {
                /// A field.
                pub mch_id: Option<String>,
            }
        }

        pub mod b {
            use wechatpay_v2::wechat_v2_api;
            /// An upload is not a download.
            #[wechat_v2_api(path = "v2/secapi/b", download, upload)]
            pub struct Request {
                /// A field.
                pub mch_id: Option<String>,
            }
        }

        pub mod c {
            use wechatpay_v2::wechat_v2_api;
            /// An upload is not a URL for a browser.
            #[wechat_v2_api(path = "v2/secapi/c", signed_url, upload)]
            pub struct Request {
                /// A field.
                pub mch_id: Option<String>,
            }
        }

        pub mod d {
            use wechatpay_v2::wechat_v2_api;
            /// An upload answers in XML.
            #[wechat_v2_api(path = "v2/secapi/d", upload, json_response)]
            pub struct Request {
                /// A field.
                pub mch_id: Option<String>,
            }
        }

        pub mod e {
            use wechatpay_v2::wechat_v2_api;
            /// The file is not a field, and its hash is computed when left out.
            #[wechat_v2_api(path = "v2/secapi/e", cert, upload)]
            pub struct Request {
                /// The file, declared by mistake.
                pub media: String,
                /// The hash, declared required by mistake.
                pub media_hash: String,
            }

            /// The answer.
            #[wechat_v2_api(response)]
            pub struct Response {
                /// The media id.
                pub media_id: String,
            }
        }
    }
}
