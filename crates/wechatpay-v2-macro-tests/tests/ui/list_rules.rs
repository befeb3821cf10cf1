extern crate wechatpay_v2_core as wechatpay_v2;

fn main() {}

pub mod v2 {
    wechatpay_v2::__private::path_node!("v2");
    pub mod pay {
        wechatpay_v2::__private::path_node!("v2/pay", pay);
        pub mod refundquery {
            use wechatpay_v2::wechat_v2_api;

            /// The response.
            #[wechat_v2_api(response)]
            pub struct Response {
                /// A list needs its count field.
                #[wechat(list)]
                pub refunds: Vec<Refund>,
                /// A count without a list.
                #[wechat(count = "coupon_count")]
                pub coupon_count: u32,
                /// A Vec of list items that is not marked as a list.
                pub items: Vec<Refund>,
                /// A list that is not a Vec.
                #[wechat(list, count = "x_count")]
                pub x: Refund,
            }

            /// One refund.
            #[wechat_v2_api(item)]
            pub struct Refund {
                /// A field.
                pub refund_id: String,
            }
        }
    }
}
