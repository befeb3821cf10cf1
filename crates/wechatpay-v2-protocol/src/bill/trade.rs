//! The trade bill (`v2/pay/downloadbill`): its rows and its summary.

use std::collections::BTreeMap;

use super::{BillDateTime, BillError, BillRecord, Fee, Row, check};

/// The known columns of a trade bill's rows, and whether every bill type has them. Older bills
/// lack `订单金额`, `申请退款金额` and `费率备注`; `SUCCESS` bills lack the refund columns; only
/// `REFUND` and `RECHARGE_REFUND` bills have the refund times.
const COLUMNS: &[(&str, bool)] = &[
    ("交易时间", true),
    ("公众账号ID", true),
    ("商户号", true),
    ("特约商户号", true),
    ("设备号", true),
    ("微信订单号", true),
    ("商户订单号", true),
    ("用户标识", true),
    ("交易类型", true),
    ("交易状态", true),
    ("付款银行", true),
    ("货币种类", true),
    ("应结订单金额", true),
    ("代金券金额", true),
    ("微信退款单号", false),
    ("商户退款单号", false),
    ("退款金额", false),
    ("充值券退款金额", false),
    ("退款类型", false),
    ("退款状态", false),
    ("商品名称", true),
    ("商户数据包", true),
    ("手续费", true),
    ("费率", true),
    ("订单金额", false),
    ("申请退款金额", false),
    ("费率备注", false),
    ("退款申请时间", false),
    ("退款成功时间", false),
];

const SUMMARY_COLUMNS: &[(&str, bool)] = &[
    ("总交易单数", true),
    ("应结订单总金额", true),
    ("退款总金额", false),
    ("充值券退款总金额", false),
    ("手续费总金额", true),
    ("订单总金额", false),
    ("申请退款总金额", false),
];

/// One row of a trade bill (`v2/pay/downloadbill`). Amounts are in fen; a column the bill type
/// may lack is an `Option` (`None`: the bill has no such column).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TradeRecord {
    /// `交易时间`.
    pub trade_time: BillDateTime,
    /// `公众账号ID`.
    pub appid: String,
    /// `商户号`.
    pub mch_id: String,
    /// `特约商户号` (`0` for a merchant's own payments).
    pub sub_mch_id: String,
    /// `设备号`.
    pub device_info: String,
    /// `微信订单号`.
    pub transaction_id: String,
    /// `商户订单号`.
    pub out_trade_no: String,
    /// `用户标识` (the payer's openid).
    pub openid: String,
    /// `交易类型` (`JSAPI`, `NATIVE`, ...).
    pub trade_type: String,
    /// `交易状态` (`SUCCESS`, `REFUND`, ...).
    pub trade_state: String,
    /// `付款银行`.
    pub bank_type: String,
    /// `货币种类`.
    pub fee_type: String,
    /// `应结订单金额`, fen.
    pub settlement_amount: i64,
    /// `代金券金额`, fen.
    pub coupon_amount: i64,
    /// `微信退款单号`.
    pub refund_id: Option<String>,
    /// `商户退款单号`.
    pub out_refund_no: Option<String>,
    /// `退款金额`, fen.
    pub refund_amount: Option<i64>,
    /// `充值券退款金额`, fen.
    pub recharge_coupon_refund_amount: Option<i64>,
    /// `退款类型`.
    pub refund_type: Option<String>,
    /// `退款状态`.
    pub refund_state: Option<String>,
    /// `商品名称`.
    pub body: String,
    /// `商户数据包`.
    pub attach: String,
    /// `手续费`, to 0.00001 yuan (negative on refunds).
    pub fee: Fee,
    /// `费率`, as written (`0.60%`).
    pub fee_rate: String,
    /// `订单金额`, fen.
    pub order_amount: Option<i64>,
    /// `申请退款金额`, fen.
    pub requested_refund_amount: Option<i64>,
    /// `费率备注`.
    pub fee_rate_note: Option<String>,
    /// `退款申请时间` (refund bills; `None` too when the cell is empty).
    pub refund_requested_at: Option<BillDateTime>,
    /// `退款成功时间` (refund bills; `None` too when the cell is empty).
    pub refund_succeeded_at: Option<BillDateTime>,
    /// The columns this version does not know, by name.
    pub other: BTreeMap<String, String>,
}

/// The summary of a trade bill, checked against its rows when read: `trade_count` is the number
/// of rows, every amount total the sum of its column (`0` when the rows lack the column), and
/// `fee_total` the sum of the rows' fees (five decimals) rounded to the fen half away from zero.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TradeSummary {
    /// `总交易单数`: the number of rows.
    pub trade_count: u64,
    /// `应结订单总金额`, fen.
    pub settlement_total: i64,
    /// `退款总金额`, fen.
    pub refund_total: Option<i64>,
    /// `充值券退款总金额`, fen.
    pub recharge_coupon_refund_total: Option<i64>,
    /// `手续费总金额`, fen.
    pub fee_total: i64,
    /// `订单总金额`, fen.
    pub order_total: Option<i64>,
    /// `申请退款总金额`, fen.
    pub requested_refund_total: Option<i64>,
    /// The summary columns this version does not know, by name.
    pub other: BTreeMap<String, String>,
}

/// What the rows add up to so far.
#[doc(hidden)]
#[derive(Debug, Default)]
pub struct TradeTotals {
    rows: i64,
    settlement: i64,
    refund: i64,
    recharge_coupon_refund: i64,
    fee_units: i64,
    order: i64,
    requested_refund: i64,
}

impl BillRecord for TradeRecord {
    type Summary = TradeSummary;
    type Totals = TradeTotals;
    const COLUMNS: &'static [(&'static str, bool)] = COLUMNS;
    const SUMMARY_COLUMNS: &'static [(&'static str, bool)] = SUMMARY_COLUMNS;

    fn from_row(row: &Row<'_>, totals: &mut TradeTotals) -> Result<Self, BillError> {
        let record = Self {
            trade_time: row.time(0)?,
            appid: row.text(1),
            mch_id: row.text(2),
            sub_mch_id: row.text(3),
            device_info: row.text(4),
            transaction_id: row.text(5),
            out_trade_no: row.text(6),
            openid: row.text(7),
            trade_type: row.text(8),
            trade_state: row.text(9),
            bank_type: row.text(10),
            fee_type: row.text(11),
            settlement_amount: row.amount(12)?,
            coupon_amount: row.amount(13)?,
            refund_id: row.opt_text(14),
            out_refund_no: row.opt_text(15),
            refund_amount: row.opt_amount(16)?,
            recharge_coupon_refund_amount: row.opt_amount(17)?,
            refund_type: row.opt_text(18),
            refund_state: row.opt_text(19),
            body: row.text(20),
            attach: row.text(21),
            fee: row.fee(22)?,
            fee_rate: row.text(23),
            order_amount: row.opt_amount(24)?,
            requested_refund_amount: row.opt_amount(25)?,
            fee_rate_note: row.opt_text(26),
            refund_requested_at: row.opt_time(27)?,
            refund_succeeded_at: row.opt_time(28)?,
            other: row.other(),
        };
        let add = |sum: &mut i64, value: Option<i64>| {
            *sum = sum.saturating_add(value.unwrap_or_default());
        };
        add(&mut totals.rows, Some(1));
        add(&mut totals.settlement, Some(record.settlement_amount));
        add(&mut totals.refund, record.refund_amount);
        add(
            &mut totals.recharge_coupon_refund,
            record.recharge_coupon_refund_amount,
        );
        add(&mut totals.fee_units, Some(record.fee.units()));
        add(&mut totals.order, record.order_amount);
        add(&mut totals.requested_refund, record.requested_refund_amount);
        Ok(record)
    }

    fn summary(row: &Row<'_>, totals: &TradeTotals) -> Result<TradeSummary, BillError> {
        let summary = TradeSummary {
            trade_count: row.count(0)?,
            settlement_total: row.amount(1)?,
            refund_total: row.opt_amount(2)?,
            recharge_coupon_refund_total: row.opt_amount(3)?,
            fee_total: row.amount(4)?,
            order_total: row.opt_amount(5)?,
            requested_refund_total: row.opt_amount(6)?,
            other: row.other(),
        };
        let count = i64::try_from(summary.trade_count).unwrap_or(i64::MAX);
        check(SUMMARY_COLUMNS[0].0, count, totals.rows)?;
        check(
            SUMMARY_COLUMNS[1].0,
            summary.settlement_total,
            totals.settlement,
        )?;
        let optional = [
            (2, summary.refund_total, totals.refund),
            (
                3,
                summary.recharge_coupon_refund_total,
                totals.recharge_coupon_refund,
            ),
            (5, summary.order_total, totals.order),
            (6, summary.requested_refund_total, totals.requested_refund),
        ];
        for (column, total, sum) in optional {
            if let Some(total) = total {
                check(SUMMARY_COLUMNS[column].0, total, sum)?;
            }
        }
        let fees = Fee::from_units(totals.fee_units).rounded_fen();
        check(SUMMARY_COLUMNS[4].0, summary.fee_total, fees)?;
        Ok(summary)
    }
}
