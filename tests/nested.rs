//! The two answers that are not flat: red-packet receipts (`<hblist><hbinfo>..`) and a bank
//! service provider's merchants (repeated `<mchinfo>`), decoded into typed lists, encoded back
//! to the same markup, and every other nesting still refused with a named reason.

use wechatpay_v2::meta::Message;
use wechatpay_v2::v2::mmpaymkttransfers::gethbinfo;
use wechatpay_v2::v2::secapi::mch::submchmanage;
use wechatpay_v2::{ApiKey, ApiRequest, Error, RawResponse, SignType};
use wechatpay_v2_protocol as protocol;
use wechatpay_v2_protocol::field::{FieldReader, FieldWriter};
use wechatpay_v2_protocol::{endpoint::ResponseFormat, xml};

fn key() -> ApiKey {
    ApiKey::new("192006250b4c09247ec02edce69f6a2d")
}

fn raw(body: &str) -> RawResponse {
    RawResponse {
        status: 200,
        body: body.to_owned().into_bytes().into(),
    }
}

/// The red-packet answer as the API documents it (CDATA, line breaks), with two receipts.
const RED_PACKET: &str = "<xml>
<return_code><![CDATA[SUCCESS]]></return_code>
<return_msg><![CDATA[OK]]></return_msg>
<result_code><![CDATA[SUCCESS]]></result_code>
<mch_billno><![CDATA[9010080799701411170000046603]]></mch_billno>
<mch_id><![CDATA[11475856]]></mch_id>
<detail_id><![CDATA[10000417012016080830956240040]]></detail_id>
<status><![CDATA[RECEIVED]]></status>
<send_type><![CDATA[ACTIVITY]]></send_type>
<hb_type><![CDATA[GROUP]]></hb_type>
<total_num>2</total_num>
<total_amount>300</total_amount>
<send_time><![CDATA[2016-08-08 21:49:22]]></send_time>
<wishing><![CDATA[恭喜发财]]></wishing>
<act_name><![CDATA[新年红包]]></act_name>
<hblist>
<hbinfo>
<openid><![CDATA[ohO4GtzOAAYMp2yapORH3dQB3W18]]></openid>
<amount>100</amount>
<rcv_time><![CDATA[2016-08-08 21:49:46]]></rcv_time>
</hbinfo>
<hbinfo>
<openid><![CDATA[ohO4Gt7wVPxLE0-Xc5M5E1ddFXmE]]></openid>
<amount>200</amount>
<rcv_time><![CDATA[2016-08-08 21:50:02]]></rcv_time>
</hbinfo>
</hblist>
</xml>";

fn receipts() -> Vec<gethbinfo::Receipt> {
    vec![
        gethbinfo::Receipt {
            openid: "ohO4GtzOAAYMp2yapORH3dQB3W18".into(),
            amount: 100,
            rcv_time: "2016-08-08 21:49:46".into(),
        },
        gethbinfo::Receipt {
            openid: "ohO4Gt7wVPxLE0-Xc5M5E1ddFXmE".into(),
            amount: 200,
            rcv_time: "2016-08-08 21:50:02".into(),
        },
    ]
}

fn decode_red_packet(body: &str) -> Result<gethbinfo::Response, Error> {
    protocol::decode_response::<gethbinfo::Request>(&raw(body), &key(), SignType::Md5)
        .map(|unsigned| unsigned.into_inner())
}

fn decode_error(body: &str) -> String {
    match decode_red_packet(body) {
        Err(Error::Decode { reason, .. }) => reason,
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[test]
fn the_documented_red_packet_answer_decodes_with_its_receipts() {
    let response = decode_red_packet(RED_PACKET).unwrap();
    assert_eq!(response.mch_billno, "9010080799701411170000046603");
    assert_eq!(response.status, gethbinfo::Status::Received);
    assert_eq!(response.hb_type, gethbinfo::HbType::Group);
    assert_eq!(response.total_amount, 300);
    assert_eq!(response.wishing.as_deref(), Some("恭喜发财"));
    assert_eq!(response.hblist, receipts());
    assert!(
        response.other_fields.is_empty(),
        "{:?}",
        response.other_fields
    );
}

#[test]
fn a_red_packet_not_yet_opened_has_no_receipts() {
    let receipts =
        &RED_PACKET[RED_PACKET.find("<hblist>").unwrap()..RED_PACKET.find("</xml>").unwrap()];
    let body = RED_PACKET.replace(receipts, "");
    assert_eq!(decode_red_packet(&body).unwrap().hblist, vec![]);
    let empty = RED_PACKET.replace(receipts, "<hblist/>");
    assert_eq!(decode_red_packet(&empty).unwrap().hblist, vec![]);
}

#[test]
fn the_receipts_encode_back_to_the_markup_they_decode_from() {
    let response = decode_red_packet(RED_PACKET).unwrap();
    let mut out = FieldWriter::default();
    response.encode(&mut out).unwrap();
    let map = out.into_map();
    assert_eq!(
        map["hblist"],
        "<hblist>\
         <hbinfo><openid>ohO4GtzOAAYMp2yapORH3dQB3W18</openid><amount>100</amount><rcv_time>2016-08-08 21:49:46</rcv_time></hbinfo>\
         <hbinfo><openid>ohO4Gt7wVPxLE0-Xc5M5E1ddFXmE</openid><amount>200</amount><rcv_time>2016-08-08 21:50:02</rcv_time></hbinfo>\
         </hblist>"
    );

    // Written as a document and read back: the same response.
    let mut doc = Vec::new();
    let nested = |name: &str| name == "hblist";
    xml::write_document_with(
        &mut doc,
        map.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        nested,
    );
    let pairs = xml::parse_document_with(&doc, "xml", nested).unwrap();
    let again = gethbinfo::Response::decode(&mut FieldReader::new(pairs)).unwrap();
    assert_eq!(again, response);

    // No receipt writes no element at all.
    let mut none = response.clone();
    none.hblist.clear();
    let mut out = FieldWriter::default();
    none.encode(&mut out).unwrap();
    assert!(!out.into_map().contains_key("hblist"));
}

#[test]
fn a_receipt_value_with_markup_characters_is_written_as_cdata() {
    let mut response = decode_red_packet(RED_PACKET).unwrap();
    response.hblist.truncate(1);
    response.hblist[0].rcv_time = "a<b]]>c".into();
    let mut out = FieldWriter::default();
    response.encode(&mut out).unwrap();
    let markup = out.into_map().remove("hblist").unwrap();
    assert!(
        markup.contains("<rcv_time><![CDATA[a<b]]]]><![CDATA[>c]]></rcv_time>"),
        "{markup}"
    );
    let elements = xml::parse_elements(&markup).unwrap();
    assert_eq!(elements[0].children[0].children[2].text, "a<b]]>c");
}

#[test]
fn the_untyped_path_keeps_the_markup_of_nested_fields() {
    let fields = protocol::decode_fields(
        &raw(RED_PACKET),
        &key(),
        SignType::Md5,
        false,
        ResponseFormat::Xml,
        gethbinfo::Request::ENDPOINT.response,
    )
    .unwrap();
    let markup = &fields["hblist"];
    assert!(
        markup.starts_with("<hblist>\n<hbinfo>\n<openid><![CDATA[ohO4"),
        "{markup}"
    );
    assert!(markup.ends_with("</hbinfo>\n</hblist>"), "{markup}");
    assert_eq!(fields["total_amount"], "300");
}

#[test]
fn nesting_stays_refused_outside_the_declared_fields() {
    // A field the response does not declare nested.
    let body = RED_PACKET.replace(
        "<wishing><![CDATA[恭喜发财]]></wishing>",
        "<wishing><b>恭喜发财</b></wishing>",
    );
    assert_eq!(
        decode_error(&body),
        "field `wishing` holds a nested element; WeChat Pay documents are flat"
    );
    // The reader without declarations refuses the red-packet answer as it always did.
    assert_eq!(
        xml::parse_document(RED_PACKET.as_bytes(), "xml")
            .unwrap_err()
            .to_string(),
        "field `hblist` holds a nested element; WeChat Pay documents are flat"
    );
}

#[test]
fn nested_markup_is_read_as_strictly_as_the_document() {
    let with = |receipt: &str| {
        RED_PACKET.replace(
            "<amount>100</amount>",
            &format!("<amount>100</amount>{receipt}"),
        )
    };
    assert_eq!(
        decode_error(&with("<note><deeper>1</deeper></note>")),
        "element `deeper` is nested more than 3 levels deep"
    );
    assert_eq!(
        decode_error(&with("<note><deeper/></note>")),
        "element `deeper` is nested more than 3 levels deep"
    );
    assert_eq!(
        decode_error(&with("<note>&ext;</note>")),
        "field `note`: entity `&ext;` is not allowed (only the five predefined ones are)"
    );
    assert_eq!(
        decode_error(&RED_PACKET.replace("<hblist>", "<hblist>loose text")),
        "element `hblist` holds both text and elements"
    );
    assert_eq!(
        decode_error(&with("<?pi x?>")),
        "processing instructions are not allowed"
    );
    let unclosed = decode_error(&RED_PACKET.replace("</hbinfo>\n</hblist>", ""));
    assert!(unclosed.starts_with("malformed XML"), "{unclosed}");
}

#[test]
fn a_bad_receipt_is_named_by_its_place() {
    let missing = RED_PACKET.replace("<amount>200</amount>", "");
    assert_eq!(
        decode_error(&missing),
        "field `hblist[1].amount`: required but missing"
    );
    let not_a_number = RED_PACKET.replace("<amount>100</amount>", "<amount>1x</amount>");
    assert_eq!(
        decode_error(&not_a_number),
        "field `hblist[0].amount`: `1x` is not an integer of type u64"
    );
    let twice = RED_PACKET.replace(
        "<amount>100</amount>",
        "<amount>100</amount><amount>1</amount>",
    );
    assert_eq!(
        decode_error(&twice),
        "field `hblist[0].amount`: appears twice"
    );
}

#[test]
fn unknown_elements_beside_the_receipts_and_in_them_are_ignored() {
    let body = RED_PACKET
        .replace("<hblist>", "<hblist><summary>2</summary>")
        .replace(
            "<amount>100</amount>",
            "<amount>100</amount><nickname>x</nickname>",
        );
    assert_eq!(decode_red_packet(&body).unwrap().hblist, receipts());
}

#[test]
fn more_receipts_than_a_list_may_hold_are_refused() {
    let one = "<hbinfo><openid>o</openid><amount>1</amount><rcv_time>t</rcv_time></hbinfo>";
    let many = RED_PACKET.replace("<hblist>", &format!("<hblist>{}", one.repeat(1000)));
    assert_eq!(
        decode_error(&many),
        "field `hblist`: 1002 items, at most 1000 accepted"
    );
}

/// A bank service provider's merchants: `<mchinfo>` once per merchant, straight under `<xml>`.
const MERCHANTS: &str = "<xml>\
<return_code><![CDATA[SUCCESS]]></return_code>\
<result_code><![CDATA[SUCCESS]]></result_code>\
<result_msg><![CDATA[OK]]></result_msg>\
<mchinfo><appid>wxd678efh567hg6787</appid><mch_id>1230000109</mch_id><merchant_name>商户一</merchant_name>\
<merchant_shortname>一</merchant_shortname><service_phone>075586010000</service_phone><business>101</business>\
<channel_id>100000001</channel_id><channel_name>渠道商</channel_name></mchinfo>\
<total>2</total>\
<mchinfo><appid>wxd678efh567hg6787</appid><mch_id>1230000110</mch_id><merchant_name>商户二</merchant_name>\
<merchant_shortname>二</merchant_shortname><service_phone>075586010001</service_phone>\
<contact_email>a@b.cn</contact_email><business>102</business>\
<channel_id>100000001</channel_id><channel_name>渠道商</channel_name></mchinfo>\
</xml>";

#[test]
fn repeated_merchant_elements_decode_in_document_order() {
    let response =
        protocol::decode_response::<submchmanage::Request>(&raw(MERCHANTS), &key(), SignType::Md5)
            .unwrap()
            .into_inner();
    assert_eq!(response.total, "2");
    let ids: Vec<&str> = response.mchinfo.iter().map(|m| m.mch_id.as_str()).collect();
    assert_eq!(ids, ["1230000109", "1230000110"]);
    assert_eq!(response.mchinfo[1].merchant_name, "商户二");
    assert_eq!(response.mchinfo[1].contact_email.as_deref(), Some("a@b.cn"));
    assert_eq!(response.mchinfo[0].contact_email, None);

    // Encoded back: the elements one after the other.
    let mut out = FieldWriter::default();
    response.encode(&mut out).unwrap();
    let markup = out.into_map().remove("mchinfo").unwrap();
    assert!(
        markup.starts_with("<mchinfo><appid>wxd678efh567hg6787</appid><mch_id>1230000109</mch_id>"),
        "{markup}"
    );
    assert!(markup.contains("</mchinfo><mchinfo><appid>"), "{markup}");
    assert_eq!(markup.matches("<mchinfo>").count(), 2);
}
