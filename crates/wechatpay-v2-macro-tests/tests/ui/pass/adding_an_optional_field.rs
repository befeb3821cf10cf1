//! A caller that builds its requests with the constructor and setters keeps compiling when a
//! later release adds an optional field: `before` and `after` are the same declaration, but for
//! `promotion` in `after`, and the caller's code is the same for both.

extern crate wechatpay_v2_core as wechatpay_v2;

pub mod v2 {
    wechatpay_v2::__private::path_node!("v2");
    pub mod pay {
        wechatpay_v2::__private::path_node!("v2/pay", pay);

        pub mod before {
            use wechatpay_v2::wechat_v2_api;

            /// An order query.
            #[wechat_v2_api(path = "v2/pay/before", one_of(transaction_id, out_trade_no))]
            pub struct Request {
                /// App id; the client's configured one when left out.
                pub appid: Option<String>,
                /// Merchant id; the client's configured one when left out.
                pub mch_id: Option<String>,
                /// The payment's number.
                pub transaction_id: Option<String>,
                /// The merchant's order number.
                pub out_trade_no: Option<String>,
                /// Amount in fen.
                pub total_fee: u32,
                /// Device.
                pub device_info: Option<String>,
            }

            /// The answer.
            #[wechat_v2_api(response)]
            pub struct Response {}
        }

        pub mod after {
            use wechatpay_v2::wechat_v2_api;

            /// An order query.
            #[wechat_v2_api(path = "v2/pay/after", one_of(transaction_id, out_trade_no))]
            pub struct Request {
                /// App id; the client's configured one when left out.
                pub appid: Option<String>,
                /// Merchant id; the client's configured one when left out.
                pub mch_id: Option<String>,
                /// The payment's number.
                pub transaction_id: Option<String>,
                /// The merchant's order number.
                pub out_trade_no: Option<String>,
                /// Amount in fen.
                pub total_fee: u32,
                /// Device.
                pub device_info: Option<String>,
                /// Added in a later release: optional.
                pub promotion: Option<String>,
            }

            /// The answer.
            #[wechat_v2_api(response)]
            pub struct Response {}
        }
    }
}

macro_rules! caller {
    ($module:ident) => {{
        use v2::pay::$module::Request;
        let by_order = Request::by_out_trade_no("20150806125346", 100u32).device_info("WEB");
        let by_payment = Request::by_transaction_id(String::from("4200"), 1u16);
        assert_eq!(by_order.out_trade_no.as_deref(), Some("20150806125346"));
        assert_eq!(by_order.total_fee, 100);
        assert_eq!(by_payment.transaction_id.as_deref(), Some("4200"));
        assert!(by_payment.appid.is_none());
    }};
}

fn main() {
    caller!(before);
    caller!(after);
}
