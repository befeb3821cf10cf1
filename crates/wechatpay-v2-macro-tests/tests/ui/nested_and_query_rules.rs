extern crate wechatpay_v2_core as wechatpay_v2;

fn main() {}

pub mod v2 {
    wechatpay_v2::__private::path_node!("v2");
    pub mod secapi {
        wechatpay_v2::__private::path_node!("v2/secapi", secapi);

        pub mod a {
            use wechatpay_v2::wechat_v2_api;
            /// A query field on a GET endpoint, and a list in the query string.
            #[wechat_v2_api(path = "v2/secapi/a", method = "GET")]
            pub struct Request {
                /// Already in the query string.
                #[wechat(query)]
                pub action: String,
            }

            /// The response.
            #[wechat_v2_api(response)]
            pub struct Response {
                /// `nested` without `list`.
                #[wechat(nested)]
                pub a: Vec<Item>,
                /// Indexed and nested at once.
                #[wechat(list, count = "b_count", nested)]
                pub b: Vec<Item>,
                /// An element name that XML cannot carry.
                #[wechat(list, nested = "two words")]
                pub c: Vec<Item>,
                /// `query` is for requests.
                #[wechat(query)]
                pub d: String,
            }

            /// One item.
            #[wechat_v2_api(item)]
            pub struct Item {
                /// An item is flat.
                #[wechat(list, nested)]
                pub inner: Vec<Leaf>,
            }

            /// A leaf.
            #[wechat_v2_api(item)]
            pub struct Leaf {
                /// A field.
                pub value: String,
            }
        }

        pub mod b {
            use wechatpay_v2::wechat_v2_api;
            /// A nested list in a request.
            #[wechat_v2_api(path = "v2/secapi/b")]
            pub struct Request {
                /// Requests are flat.
                #[wechat(list, nested)]
                pub items: Vec<super::a::Leaf>,
                /// A list cannot go in the URL.
                #[wechat(list, count = "n", query)]
                pub listed: Vec<super::a::Leaf>,
            }
        }
    }
}
