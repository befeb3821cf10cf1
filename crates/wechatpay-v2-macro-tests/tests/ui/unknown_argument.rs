extern crate wechatpay_v2_core as wechatpay_v2;

fn main() {}

pub mod v2 {
    wechatpay_v2::__private::path_node!("v2");
    pub mod vehicle {
        wechatpay_v2::__private::path_node!("v2/vehicle", vehicle);
        pub mod pay {
            wechatpay_v2::__private::path_node!("v2/vehicle/pay", pay);
            pub mod notification {
                use wechatpay_v2::wechat_v2_api;
                /// The request.
                #[wechat_v2_api(path = "v2/vehicle/pay/notification", sign = "MD5")]
                pub struct Request {
                    /// A field.
                    pub version: String,
                }

                /// The response.
                #[wechat_v2_api(response)]
                pub struct Response {
                    /// A field.
                    pub user_state: String,
                }
            }
        }
    }
}
