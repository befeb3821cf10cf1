//! A request with a `one_of` group has no constructor that leaves the whole group out: no
//! `new`, no `Default`, only `by_transaction_id` and `by_out_trade_no`.

extern crate wechatpay_v2_core as wechatpay_v2;

pub mod v2 {
    wechatpay_v2::__private::path_node!("v2");
    pub mod pay {
        wechatpay_v2::__private::path_node!("v2/pay", pay);

        pub mod orderquery {
            use wechatpay_v2::wechat_v2_api;

            /// An order query.
            #[wechat_v2_api(path = "v2/pay/orderquery", one_of(transaction_id, out_trade_no))]
            pub struct Request {
                /// The payment's number.
                pub transaction_id: Option<String>,
                /// The merchant's order number.
                pub out_trade_no: Option<String>,
            }

            /// The answer.
            #[wechat_v2_api(response)]
            pub struct Response {}
        }
    }
}

fn main() {
    let _ = v2::pay::orderquery::Request::default();
}
