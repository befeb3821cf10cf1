//! Endpoint kinds at run time: other hosts (and one setting that redirects them all), endpoints
//! that need the client certificate, unsigned responses, and partner mode.

use std::time::Duration;

use rcgen::{CertificateParams, KeyPair};
use wechatpay_v2::v2::face::get_wxpayface_authinfo as face;
use wechatpay_v2::v2::mmpaymkttransfers::promotion::transfers;
use wechatpay_v2::v2::risk::getpublickey;
use wechatpay_v2::v2::secapi::pay::refund;
use wechatpay_v2::v2::vehicle::partnerpay::notification as partner;
use wechatpay_v2::{ApiRequest as _, Client, ClientBuilder, Error, SignType, Unsigned};
use wechatpay_v2_mock::{DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer};

/// A client certificate for the merchant (self-signed: the plain-HTTP mock does not check it,
/// the client only needs to have one).
fn client_cert() -> (String, String) {
    let key = KeyPair::generate().unwrap();
    let cert = CertificateParams::new(vec![DEFAULT_MCH_ID.to_owned()])
        .unwrap()
        .self_signed(&key)
        .unwrap();
    (cert.pem(), key.serialize_pem())
}

fn builder() -> ClientBuilder<wechatpay_v2::Apis> {
    Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .timeout(Duration::from_secs(5))
}

#[test]
fn each_endpoint_goes_to_its_own_host_unless_all_hosts_are_redirected() {
    let api = builder()
        .base_url("https://proxy.example/wx")
        .build()
        .unwrap();
    assert_eq!(
        api.endpoint_url(getpublickey::Request::ENDPOINT),
        "https://fraud.mch.weixin.qq.com/risk/getpublickey"
    );
    assert_eq!(
        api.endpoint_url(face::Request::ENDPOINT),
        "https://payapp.weixin.qq.com/face/get_wxpayface_authinfo"
    );
    assert_eq!(
        api.endpoint_url(refund::Request::ENDPOINT),
        "https://proxy.example/wx/secapi/pay/refund",
        "the default gateway follows base_url"
    );
    let redirected = builder().all_hosts("http://127.0.0.1:9/").build().unwrap();
    for meta in [
        getpublickey::Request::ENDPOINT,
        face::Request::ENDPOINT,
        refund::Request::ENDPOINT,
    ] {
        assert_eq!(
            redirected.endpoint_url(meta),
            format!("http://127.0.0.1:9/{}", meta.wire_path)
        );
    }
}

#[tokio::test]
async fn other_hosts_and_cert_endpoints_round_trip_through_the_mock() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let (cert, key) = client_cert();
    let api = builder()
        .all_hosts(mock.base_url())
        .client_cert_pem(&cert, &key)
        .build()
        .unwrap();

    let face = api
        .v2()
        .face()
        .get_wxpayface_authinfo()
        .post(face::Request::new(
            "SZ001",
            "深圳南山店",
            "D-01",
            "raw-data-from-the-face-sdk",
            1_700_000_000u64,
            face::Version::V1,
            SignType::Md5,
        ))
        .await
        .unwrap();
    assert_eq!(face.appid, DEFAULT_APPID);

    // Certificate and unsigned: the type says the answer was not verified.
    let key: Unsigned<getpublickey::Response> = api
        .v2()
        .risk()
        .getpublickey()
        .post(getpublickey::Request::new(SignType::Md5))
        .await
        .unwrap();
    assert_eq!(key.mch_id.as_deref(), Some(DEFAULT_MCH_ID));

    let paths: Vec<String> = mock.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        ["/face/get_wxpayface_authinfo", "/risk/getpublickey"]
    );
    assert!(mock.requests().iter().all(|r| r.rejected.is_none()));
}

#[tokio::test]
async fn a_cert_endpoint_without_a_certificate_is_refused_before_sending() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api = builder().base_url(mock.base_url()).build().unwrap();
    let err = api
        .v2()
        .secapi()
        .pay()
        .refund()
        .post(refund::Request::by_out_trade_no(
            "T20261123001",
            "R20261123001",
            300u64,
            100u64,
        ))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::CertificateRequired { path } if path == "v2/secapi/pay/refund"),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "`v2/secapi/pay/refund` needs the merchant's API client certificate: configure it with `client_cert_pem` or `client_cert_p12`"
    );
    // The untyped style knows the endpoint's metadata too.
    let err = api["v2/secapi/pay/refund"]
        .post_fields(Default::default())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::CertificateRequired { .. }), "{err:?}");
    assert!(mock.requests().is_empty());
}

#[tokio::test]
async fn unsigned_transfers_use_mchid_and_mch_appid_from_configuration() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let (cert, key) = client_cert();
    let api = builder()
        .base_url(mock.base_url())
        .client_cert_pem(&cert, &key)
        .build()
        .unwrap();
    let response: Unsigned<transfers::Response> = api
        .v2()
        .mmpaymkttransfers()
        .promotion()
        .transfers()
        .post(transfers::Request::new(
            "P20261123001",
            "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
            "NO_CHECK",
            100u64,
            "停车费返还",
            "127.0.0.1",
        ))
        .await
        .unwrap();
    assert_eq!(response.partner_trade_no, "P20261123001");
    let sent = mock.last_request_fields().unwrap();
    assert_eq!(sent["mchid"], DEFAULT_MCH_ID);
    assert_eq!(sent["mch_appid"], DEFAULT_APPID);
    assert!(!sent.contains_key("mch_id") && !sent.contains_key("appid"));
    let answer = &mock.requests()[0];
    assert!(answer.rejected.is_none());
}

#[tokio::test]
async fn partner_mode_fills_sub_merchant_fields() {
    let mock = MockServer::start(MockConfig::default(), 0).unwrap();
    let api = builder()
        .base_url(mock.base_url())
        .sub_mch_id("1900000110")
        .sub_appid("wx8888888888888888")
        .build()
        .unwrap();
    let response = api
        .v2()
        .vehicle()
        .partnerpay()
        .notification()
        .post(partner::Request::new(
            SignType::HmacSha256,
            partner::Version::V3_0,
            partner::TradeScene::Parking,
            partner::SceneInfo::new(partner::Scene::Parking(partner::ParkingScene::new(
                "20170826104339",
                "粤B888888",
                "欢乐海岸停车场",
                "1200",
            ))),
        ))
        .await
        .unwrap();
    assert_eq!(response.sub_mch_id, "1900000110");
    let sent = mock.last_request_fields().unwrap();
    assert_eq!(sent["sub_mch_id"], "1900000110");
    assert_eq!(sent["sub_appid"], "wx8888888888888888");
}
