//! `v2/mmpaysptrans/pay_bank`: pay money to a bank card (企业付款到银行卡).
//!
//! The card number and the holder's name are sent encrypted: RSA with OAEP padding under the
//! public key from `v2/risk/getpublickey`, then base64. The payout is asynchronous; its state
//! comes from `v2/mmpaysptrans/query_bank`. It needs the client certificate.

use wechatpay_v2::wechat_v2_api;

/// Pays an amount from the merchant's balance to a bank card (企业付款到银行卡).
#[wechat_v2_api(path = "v2/mmpaysptrans/pay_bank", cert)]
pub struct Request {
    /// Merchant id (商户号); the client's configured one when left out.
    #[wechat(max_len = 32)]
    pub mch_id: Option<String>,
    /// Merchant payout number, unique per merchant (商户企业付款单号); resend with the same
    /// number when unsure whether a call went through.
    #[wechat(max_len = 32)]
    pub partner_trade_no: String,
    /// The payee's card number, RSA-encrypted and base64-encoded (收款方银行卡号).
    #[wechat(max_len = 384)]
    pub enc_bank_no: String,
    /// The card holder's name, RSA-encrypted and base64-encoded (收款方用户名).
    #[wechat(max_len = 384)]
    pub enc_true_name: String,
    /// WeChat Pay's code of the payee's bank, such as `1002` (收款方开户行).
    #[wechat(max_len = 64)]
    pub bank_code: String,
    /// Amount in fen (付款金额).
    pub amount: u64,
    /// Note on the payout (付款说明).
    #[wechat(max_len = 512)]
    pub desc: Option<String>,
}

/// The payout accepted, with the fee charged.
#[wechat_v2_api(response)]
pub struct Response {
    /// Merchant id (商户号).
    #[wechat(max_len = 32)]
    pub mch_id: String,
    /// Merchant payout number (商户企业付款单号).
    #[wechat(max_len = 32)]
    pub partner_trade_no: String,
    /// Amount paid out, in fen (代付金额).
    pub amount: u64,
    /// WeChat payout number (微信企业付款单号).
    #[wechat(max_len = 64)]
    pub payment_no: String,
    /// Fee charged, in fen (手续费金额).
    pub cmms_amt: u64,
}
