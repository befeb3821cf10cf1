#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets (fuzz/corpus/<target>/): realistic documents,
signed with the fixed key the targets use, and the hostile shapes the reader must refuse.

Run from anywhere: python3 fuzz/make_corpus.py (needs the `cryptography` package for the
AES-256-ECB `req_info` of refund notifications). The files it writes are committed; rerun it
only to change the seeds.
"""

import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives import padding

KEY = "0123456789abcdef0123456789abcdef"
HERE = os.path.dirname(os.path.abspath(__file__))


def sign(fields, sign_type="MD5"):
    canonical = "&".join(f"{k}={v}" for k, v in sorted(fields) if k != "sign" and v != "")
    canonical += f"&key={KEY}"
    if sign_type == "HMAC-SHA256":
        digest = hmac.new(KEY.encode(), canonical.encode(), hashlib.sha256).hexdigest()
    else:
        digest = hashlib.md5(canonical.encode()).hexdigest()
    return digest.upper()


def document(fields, root="xml", cdata=True, newlines=True):
    sep = "\n" if newlines else ""
    out = [f"<{root}>"]
    for k, v in fields:
        value = f"<![CDATA[{v}]]>" if cdata else v
        out.append(f"{'  ' if newlines else ''}<{k}>{value}</{k}>")
    out.append(f"</{root}>")
    return sep.join(out).encode()


def signed(fields, sign_type="MD5", **kw):
    return document(list(fields) + [("sign", sign(fields, sign_type))], **kw)


def encrypt_req_info(plain: bytes) -> str:
    aes_key = hashlib.md5(KEY.encode()).hexdigest().encode()
    padder = padding.PKCS7(128).padder()
    data = padder.update(plain) + padder.finalize()
    enc = Cipher(algorithms.AES(aes_key), modes.ECB()).encryptor()
    return base64.b64encode(enc.update(data) + enc.finalize()).decode()


ENVELOPE = [("return_code", "SUCCESS"), ("return_msg", "OK"), ("result_code", "SUCCESS")]

REFUNDQUERY = ENVELOPE + [
    ("appid", "wxd678efh567hg6787"),
    ("mch_id", "1900000109"),
    ("nonce_str", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS"),
    ("transaction_id", "1217752501201407033233368018"),
    ("out_trade_no", "T20261123001"),
    ("total_fee", "300"),
    ("cash_fee", "300"),
    ("refund_count", "2"),
    ("out_refund_no_0", "R1"),
    ("refund_id_0", "50000000000000000001"),
    ("refund_fee_0", "100"),
    ("refund_status_0", "SUCCESS"),
    ("refund_recv_accout_0", "招商银行信用卡0403"),
    ("out_refund_no_1", "R2"),
    ("refund_id_1", "50000000000000000002"),
    ("refund_fee_1", "200"),
    ("coupon_refund_fee_1", "30"),
    ("coupon_refund_count_1", "2"),
    ("coupon_type_1_0", "CASH"),
    ("coupon_refund_id_1_0", "10001"),
    ("coupon_refund_fee_1_0", "10"),
    ("coupon_refund_id_1_1", "10002"),
    ("coupon_refund_fee_1_1", "20"),
    ("refund_status_1", "PROCESSING"),
    ("refund_recv_accout_1", "支付用户的零钱"),
]

ORDERQUERY = ENVELOPE + [
    ("appid", "wxd678efh567hg6787"),
    ("mch_id", "1900000109"),
    ("nonce_str", "IITRi8Iabbblz1Jc"),
    ("openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"),
    ("is_subscribe", "N"),
    ("trade_type", "JSAPI"),
    ("bank_type", "CMC"),
    ("total_fee", "101"),
    ("cash_fee", "91"),
    ("coupon_fee", "10"),
    ("coupon_count", "2"),
    ("coupon_type_0", "CASH"),
    ("coupon_id_0", "10000"),
    ("coupon_fee_0", "6"),
    ("coupon_type_1", "NO_CASH"),
    ("coupon_id_1", "10001"),
    ("coupon_fee_1", "4"),
    ("transaction_id", "1008450740201411110005820873"),
    ("out_trade_no", "1415757673"),
    ("attach", "订单额外描述"),
    ("time_end", "20141111170043"),
    ("trade_state", "SUCCESS"),
    ("trade_state_desc", "支付成功"),
]

FAIL = document([("return_code", "FAIL"), ("return_msg", "签名错误")])
BUSINESS_FAIL = signed(
    [
        ("return_code", "SUCCESS"),
        ("return_msg", "OK"),
        ("result_code", "FAIL"),
        ("err_code", "ORDERNOTEXIST"),
        ("err_code_des", "此交易订单号不存在"),
        ("nonce_str", "Hk8Kq0k3mq6WmLkd"),
    ]
)
DOCTYPE = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY lol "lol">]>\n'
    b"<xml><return_code>SUCCESS</return_code><appid>&xxe;</appid><attach>&lol;</attach></xml>"
)
CDATA_SPLIT = (
    b"<xml>\r\n"
    b"<return_code><![CDATA[SUCCESS]]></return_code>\r\n"
    b"<attach><![CDATA[a]]]]><![CDATA[>b<&'\"]]></attach>\r\n"
    b"<detail><![CDATA[{\"goods\":\"x]]]]><![CDATA[>y\"}]]>tail&amp;&lt;&#x4E2D;&#25991;</detail>\r\n"
    b"<empty/><blank></blank><!-- a comment -->\r\n"
    b"</xml>\r\n"
)

PAID = [
    ("appid", "wx2421b1c4370ec43b"),
    ("attach", "支付测试"),
    ("bank_type", "CFT"),
    ("fee_type", "CNY"),
    ("is_subscribe", "Y"),
    ("mch_id", "10000100"),
    ("nonce_str", "5d2b6c2a8db53831f7eda20af46e531c"),
    ("openid", "oUpF8uMEb4qRXf22hE3X68TekukE"),
    ("out_trade_no", "1409811653"),
    ("result_code", "SUCCESS"),
    ("return_code", "SUCCESS"),
    ("sub_mch_id", "10000100"),
    ("time_end", "20140903131540"),
    ("total_fee", "101"),
    ("coupon_fee", "10"),
    ("coupon_count", "2"),
    ("coupon_type_0", "CASH"),
    ("coupon_id_0", "10000"),
    ("coupon_fee_0", "6"),
    ("coupon_type_1", "NO_CASH"),
    ("coupon_id_1", "10001"),
    ("coupon_fee_1", "4"),
    ("cash_fee", "91"),
    ("trade_type", "JSAPI"),
    ("transaction_id", "1004400740201409030005092168"),
]

VEHICLE = [
    ("appid", "wx2421b1c4370ec43b"),
    ("mch_id", "10000100"),
    ("nonce_str", "ibuaiVcKdpRxkhJA"),
    ("sign_type", "HMAC-SHA256"),
    ("plate_number", "粤B888888"),
    ("vehicle_event_type", "BLOCKED"),
    ("vehicle_event_des", "OVERDUE"),
    ("deduct_mode", "PROACTIVE"),
    ("vehicle_event_createtime", "20170710103000"),
]

REFUND_ROOT = (
    "<root><out_refund_no><![CDATA[131811191610442717309]]></out_refund_no>"
    "<out_trade_no><![CDATA[71106718111915575302817]]></out_trade_no>"
    "<refund_account><![CDATA[REFUND_SOURCE_RECHARGE_FUNDS]]></refund_account>"
    "<refund_fee><![CDATA[3960]]></refund_fee>"
    "<refund_id><![CDATA[50000408942018111907145868882]]></refund_id>"
    "<refund_recv_accout><![CDATA[支付用户零钱]]></refund_recv_accout>"
    "<refund_request_source><![CDATA[API]]></refund_request_source>"
    "<refund_status><![CDATA[SUCCESS]]></refund_status>"
    "<settlement_refund_fee><![CDATA[3960]]></settlement_refund_fee>"
    "<settlement_total_fee><![CDATA[3960]]></settlement_total_fee>"
    "<success_time><![CDATA[2018-11-19 16:24:13]]></success_time>"
    "<total_fee><![CDATA[3960]]></total_fee>"
    "<transaction_id><![CDATA[4200000215201811190261405420]]></transaction_id>"
    "<cash_refund_fee>3960</cash_refund_fee></root>"
).encode()

REFUND = document(
    [
        ("return_code", "SUCCESS"),
        ("appid", "wx2421b1c4370ec43b"),
        ("mch_id", "10000100"),
        ("nonce_str", "TeqClE3i0mvn3DrK"),
        ("req_info", encrypt_req_info(REFUND_ROOT)),
    ]
)

# The two answers with nested elements (unsigned, as the gateway sends them).
RED_PACKET = (
    "<xml><return_code><![CDATA[SUCCESS]]></return_code><result_code><![CDATA[SUCCESS]]></result_code>"
    "<mch_billno><![CDATA[9010080799701411170000046603]]></mch_billno><mch_id>11475856</mch_id>"
    "<detail_id>10000417012016080830956240040</detail_id><status>RECEIVED</status>"
    "<send_type>ACTIVITY</send_type><hb_type>GROUP</hb_type><total_num>2</total_num>"
    "<total_amount>300</total_amount><send_time>2016-08-08 21:49:22</send_time>\n<hblist>\n"
    "<hbinfo><openid><![CDATA[ohO4GtzOAAYMp2yapORH3dQB3W18]]></openid><amount>100</amount>"
    "<rcv_time>2016-08-08 21:49:46</rcv_time></hbinfo>\n"
    "<hbinfo><openid>ohO4Gt7wVPxLE0-Xc5M5E1ddFXmE</openid><amount>200</amount>"
    "<rcv_time>2016-08-08 21:50:02</rcv_time></hbinfo>\n</hblist></xml>"
).encode()

MERCHANTS = (
    "<xml><return_code>SUCCESS</return_code><result_code>SUCCESS</result_code><total>2</total>"
    "<mchinfo><appid>wxd678efh567hg6787</appid><mch_id>1230000109</mch_id>"
    "<merchant_name>商户一</merchant_name><merchant_shortname>一</merchant_shortname>"
    "<service_phone>075586010000</service_phone><business>101</business>"
    "<channel_id>100000001</channel_id><channel_name>渠道商</channel_name></mchinfo>"
    "<mchinfo><appid>wxd678efh567hg6787</appid><mch_id>1230000110</mch_id>"
    "<merchant_name>商户二</merchant_name><merchant_shortname>二</merchant_shortname>"
    "<service_phone>075586010001</service_phone><business>102</business>"
    "<channel_id>100000001</channel_id><channel_name>渠道商</channel_name></mchinfo></xml>"
).encode()

CORPUS = {
    "response": {
        "gethbinfo_nested.xml": RED_PACKET,
        "submchmanage_repeated.xml": MERCHANTS,
        "refundquery_md5.xml": signed(REFUNDQUERY),
        "refundquery_hmac_sha256.xml": signed(REFUNDQUERY, "HMAC-SHA256", newlines=False),
        "orderquery_md5_plain_text.xml": signed(ORDERQUERY, cdata=False),
        "fail.xml": FAIL,
        "business_fail.xml": BUSINESS_FAIL,
        "doctype_entities.xml": DOCTYPE,
        "cdata_split_refs.xml": CDATA_SPLIT,
    },
    "notification": {
        "payment_md5.xml": signed(PAID),
        "payment_hmac_sha256.xml": signed(PAID, "HMAC-SHA256", newlines=False),
        "vehicle_state_changed.xml": signed(VEHICLE, "HMAC-SHA256"),
        "refund_req_info.xml": REFUND,
        "refund_root_plaintext.xml": REFUND_ROOT,
        "fail.xml": FAIL,
        "doctype_entities.xml": DOCTYPE,
        "cdata_split_refs.xml": CDATA_SPLIT,
    },
    "xml": {
        "refundquery_md5.xml": signed(REFUNDQUERY),
        "payment_plain_text.xml": signed(PAID, cdata=False, newlines=False),
        "refund_root.xml": REFUND_ROOT,
        "fail.xml": FAIL,
        "doctype_entities.xml": DOCTYPE,
        "cdata_split_refs.xml": CDATA_SPLIT,
        "declaration_comment_empty.xml": (
            b'<?xml version="1.0" encoding="UTF-8"?>\n<!-- c -->\n<xml>'
            b"<a/><b></b><c>&#13;&#10;&quot;&apos;&gt;</c><d><![CDATA[]]></d></xml>\n"
        ),
        "nested_and_attributes.xml": b'<xml><a x="1">v</a><b><c>nested</c></b></xml>',
    },
}


def main():
    for target, files in CORPUS.items():
        folder = os.path.join(HERE, "corpus", target)
        os.makedirs(folder, exist_ok=True)
        for name, data in files.items():
            with open(os.path.join(folder, name), "wb") as f:
                f.write(data)
    print("wrote", sum(len(f) for f in CORPUS.values()), "seeds")


if __name__ == "__main__":
    main()
