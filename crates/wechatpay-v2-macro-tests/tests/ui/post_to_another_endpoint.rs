extern crate wechatpay_v2_core as wechatpay_v2;

// An endpoint handle takes its own request, by value or by reference, and no other.
fn main() {
    let client = wechatpay_v2::Client::<wechatpay_v2::NoEndpoints>::builder()
        .mch_id("1900000109")
        .api_key("0123456789abcdef0123456789abcdef")
        .build()
        .unwrap();
    let notification =
        wechatpay_v2::CallHandle::<_, v2::vehicle::pay::notification::Request>::__new(client);
    let query = v2::vehicle::pay::query::Request {
        out_trade_no: "1217752501201407033233368018".into(),
    };
    let _ = notification.post(&query);
    let _ = notification.post(query);
}

pub mod v2 {
    wechatpay_v2::__private::path_node!("v2");
    pub mod vehicle {
        wechatpay_v2::__private::path_node!("v2/vehicle", vehicle);
        pub mod pay {
            wechatpay_v2::__private::path_node!("v2/vehicle/pay", pay);
            pub mod notification {
                use wechatpay_v2::wechat_v2_api;
                /// The request.
                #[wechat_v2_api(path = "v2/vehicle/pay/notification")]
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
            pub mod query {
                use wechatpay_v2::wechat_v2_api;
                /// The request.
                #[wechat_v2_api(path = "v2/vehicle/pay/query")]
                pub struct Request {
                    /// A field.
                    pub out_trade_no: String,
                }

                /// The response.
                #[wechat_v2_api(response)]
                pub struct Response {
                    /// A field.
                    pub trade_state: String,
                }
            }
        }
    }
}
