//! The payer-side parameters built from a client's own settings (`jsapi_params`,
//! `app_params`), async and blocking: the app id and merchant chosen by the client's mode, and
//! signs checked against an MD5 signer written here.

use md5::{Digest, Md5};
use wechatpay_v2::{Client, Error, SignType};

const KEY: &str = "0123456789abcdef0123456789abcdef";

/// The official algorithm, written out: `k=v` sorted, `&key=KEY`, MD5, upper-case hex.
fn md5_sign(pairs: &[(&str, &str)]) -> String {
    let mut pairs = pairs.to_vec();
    pairs.sort();
    let text: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let text = format!("{}&key={KEY}", text.join("&"));
    Md5::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect()
}

fn direct() -> wechatpay_v2::ClientBuilder<wechatpay_v2::Apis> {
    Client::builder()
        .mch_id("1900000109")
        .api_key(KEY)
        .appid("wx2421b1c4370ec43b")
}

#[test]
fn jsapi_params_use_the_clients_app_and_sign_like_the_docs() {
    let async_client = direct().build().unwrap();
    let blocking_client = wechatpay_v2::blocking::Client::builder()
        .mch_id("1900000109")
        .api_key(KEY)
        .appid("wx2421b1c4370ec43b")
        .build()
        .unwrap();
    for params in [
        async_client.jsapi_params("wx201410272009395522657a690389285100", SignType::Md5),
        blocking_client.jsapi_params("wx201410272009395522657a690389285100", SignType::Md5),
    ] {
        let params = params.unwrap();
        assert_eq!(params.app_id, "wx2421b1c4370ec43b");
        assert_eq!(
            params.package,
            "prepay_id=wx201410272009395522657a690389285100"
        );
        assert_eq!(
            params.pay_sign,
            md5_sign(&[
                ("appId", &params.app_id),
                ("timeStamp", &params.time_stamp),
                ("nonceStr", &params.nonce_str),
                ("package", &params.package),
                ("signType", "MD5"),
            ])
        );
        let json = serde_json::to_value(&params).unwrap();
        assert_eq!(json["signType"], "MD5");
        assert_eq!(json["paySign"], params.pay_sign.as_str());
    }
}

#[test]
fn in_partner_mode_the_sub_merchants_app_and_number_are_used() {
    let partner = direct()
        .sub_mch_id("1900000110")
        .sub_appid("wx0000000000000sub")
        .build()
        .unwrap();
    let jsapi = partner.jsapi_params("wx2014", SignType::Md5).unwrap();
    assert_eq!(jsapi.app_id, "wx0000000000000sub");
    let app = partner.app_params("wx2014", SignType::Md5).unwrap();
    assert_eq!(
        (app.appid.as_str(), app.partnerid.as_str()),
        ("wx0000000000000sub", "1900000110")
    );
    assert_eq!(
        app.sign,
        md5_sign(&[
            ("appid", &app.appid),
            ("partnerid", &app.partnerid),
            ("prepayid", "wx2014"),
            ("package", "Sign=WXPay"),
            ("noncestr", &app.noncestr),
            ("timestamp", &app.timestamp),
        ])
    );
    let direct_app = direct()
        .build()
        .unwrap()
        .app_params("wx2014", SignType::Md5)
        .unwrap();
    assert_eq!(direct_app.partnerid, "1900000109");
}

#[test]
fn without_an_app_id_the_parameters_are_a_configuration_error() {
    let client = Client::builder()
        .mch_id("1900000109")
        .api_key(KEY)
        .build()
        .unwrap();
    let err = client.jsapi_params("wx2014", SignType::Md5).unwrap_err();
    assert!(
        matches!(&err, Error::Config(m) if m.contains("`appid`")),
        "{err:?}"
    );
    assert!(matches!(
        client.app_params("wx2014", SignType::HmacSha256),
        Err(Error::Config(_))
    ));
}
