//! JSON inside fields and JSON answers: arrays in JSON-in-string values (`goods_detail`,
//! `receivers`), their metadata and validation, and endpoints that answer in JSON
//! (`retcode` / `retmsg`).

use wechatpay_v2::meta::{FieldKind, FieldMeta, JsonShape};
use wechatpay_v2::{Client, ErrorKind, wechat_v2_api};
use wechatpay_v2_mock::{Fault, MockConfig, MockServer};
use wechatpay_v2_protocol::field::{Describe, FieldValue};
use wechatpay_v2_protocol::validate::{self, Rules};

/// Single-product details, as `detail` carries them.
#[wechat_v2_api(json)]
pub struct Detail {
    /// Original price in fen.
    pub cost_price: Option<u64>,
    /// The products.
    pub goods_detail: Vec<Goods>,
}

/// One product.
#[wechat_v2_api(json)]
pub struct Goods {
    /// Product code.
    #[wechat(max_len = 8)]
    pub goods_id: String,
    /// Quantity.
    pub quantity: u64,
}

fn detail() -> Detail {
    Detail {
        cost_price: None,
        goods_detail: vec![
            Goods {
                goods_id: "g1".into(),
                quantity: 2,
            },
            Goods {
                goods_id: "g<2>".into(),
                quantity: 1,
            },
        ],
    }
}

#[test]
fn an_array_member_is_written_as_a_json_array_and_read_back() {
    let text = detail().to_wire().unwrap().into_owned();
    assert_eq!(
        text,
        r#"{"goods_detail":[{"goods_id":"g1","quantity":2},{"goods_id":"g<2>","quantity":1}]}"#
    );
    assert_eq!(Detail::from_wire(&text).unwrap(), detail());
    // A whole field may be an array too (the profit-sharing `receivers`).
    let list = detail().goods_detail;
    let text = list.to_wire().unwrap().into_owned();
    assert_eq!(
        text,
        r#"[{"goods_id":"g1","quantity":2},{"goods_id":"g<2>","quantity":1}]"#
    );
    assert_eq!(Vec::<Goods>::from_wire(&text).unwrap(), list);
}

#[test]
fn array_metadata_names_the_item_shape() {
    let FieldKind::Json(JsonShape::Object(members)) = Detail::KIND else {
        panic!("{:?}", Detail::KIND);
    };
    let goods = members.iter().find(|m| m.name == "goods_detail").unwrap();
    assert!(goods.required);
    let FieldKind::Json(JsonShape::Array(FieldKind::Json(JsonShape::Object(item)))) = goods.kind
    else {
        panic!("{:?}", goods.kind);
    };
    let names: Vec<_> = item.iter().map(|m| m.name).collect();
    assert_eq!(names, ["goods_id", "quantity"]);
    assert_eq!(
        <Vec<String> as Describe>::KIND,
        FieldKind::Json(&JsonShape::Array(&FieldKind::Text))
    );
}

fn check_detail(value: &str) -> Result<(), String> {
    let fields = [FieldMeta {
        name: "detail",
        doc: "",
        required: true,
        max_len: None,
        kind: Detail::KIND,
        config: None,
    }];
    validate::check(&fields, [("detail", value)], Rules::STRICT).map_err(|v| v.to_string())
}

#[test]
fn validation_walks_into_array_items_and_names_the_item() {
    assert_eq!(check_detail(&detail().to_wire().unwrap()), Ok(()));
    let wrong_type = check_detail(r#"{"goods_detail":[{"goods_id":"g1","quantity":"2"}]}"#);
    assert!(
        wrong_type
            .as_ref()
            .unwrap_err()
            .contains("detail.goods_detail[0].quantity"),
        "{wrong_type:?}"
    );
    let too_long = check_detail(
        r#"{"goods_detail":[{"goods_id":"g1","quantity":1},{"goods_id":"123456789","quantity":1}]}"#,
    );
    assert!(
        too_long
            .as_ref()
            .unwrap_err()
            .contains("detail.goods_detail[1].goods_id"),
        "{too_long:?}"
    );
    let not_array = check_detail(r#"{"goods_detail":{"goods_id":"g1","quantity":1}}"#);
    assert!(
        not_array
            .as_ref()
            .unwrap_err()
            .contains("must be a JSON array"),
        "{not_array:?}"
    );
    let missing = check_detail(r#"{"cost_price":1}"#);
    assert!(
        missing
            .as_ref()
            .unwrap_err()
            .contains("detail.goods_detail"),
        "{missing:?}"
    );
}

mod json_answers {
    use super::*;
    use wechatpay_v2::v2::appauth::getaccesstoken::{GrantType, Request, Scope};

    fn request() -> Request {
        Request::new(
            "baf04e6bbbd06f7b1a197d18ed53b7f1",
            "wxcbda96de0b165489",
            GrantType::AuthorizationCode,
            Scope::PayIdentity,
            wechatpay_v2::SignType::HmacSha256,
        )
    }

    fn client(mock: &MockServer, key: &str) -> Client {
        Client::builder()
            .mch_id(wechatpay_v2_mock::DEFAULT_MCH_ID)
            .api_key(key)
            .appid("wx8888888888888888")
            .base_url(mock.base_url())
            .build()
            .unwrap()
    }

    #[tokio::test]
    async fn a_json_answer_decodes_into_the_typed_response() {
        let mock = MockServer::start(MockConfig::default(), 0).unwrap();
        let api = client(&mock, wechatpay_v2_mock::DEFAULT_API_KEY);
        let answer = api
            .v2()
            .appauth()
            .getaccesstoken()
            .post(request())
            .await
            .unwrap()
            .into_inner();
        assert_eq!(answer.access_token, "mock_access_token");
        assert_eq!(answer.access_token_expire_in, 1);
        // The query string went out signed, with no nonce (a GET).
        let sent = &mock.requests()[0];
        assert!(sent.body.contains("sign="), "{}", sent.body);
        assert!(!sent.body.contains("nonce_str"), "{}", sent.body);
    }

    #[tokio::test]
    async fn a_nonzero_retcode_is_a_business_error_with_the_message() {
        let mock = MockServer::start(MockConfig::default(), 0).unwrap();
        mock.set_fault(Some(Fault::BusinessFail));
        let api = client(&mock, wechatpay_v2_mock::DEFAULT_API_KEY);
        let err = api.post(request()).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Business, "{err}");
        let text = err.to_string();
        assert!(
            text.contains("-1") && text.contains("system busy"),
            "{text}"
        );
        let raw = err.raw_response().unwrap();
        assert!(String::from_utf8_lossy(&raw.body).contains("\"retcode\":-1"));
    }

    #[tokio::test]
    async fn a_refused_request_says_why() {
        let mock = MockServer::start(MockConfig::default(), 0).unwrap();
        let api = client(&mock, "ffffffffffffffffffffffffffffffff");
        let err = api.post(request()).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Business, "{err}");
        assert!(err.to_string().contains("sign"), "{err}");
    }
}
