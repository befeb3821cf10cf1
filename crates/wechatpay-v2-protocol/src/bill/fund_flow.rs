//! The fund flow bill (`v2/pay/downloadfundflow`): its rows and its summary.

use std::collections::BTreeMap;

use super::{BillDateTime, BillError, BillRecord, Row, check};

const COLUMNS: &[(&str, bool)] = &[
    ("记账时间", true),
    ("微信支付业务单号", true),
    ("资金流水单号", true),
    ("业务名称", true),
    ("业务类型", true),
    ("收支类型", true),
    ("收支金额（元）", true),
    ("账户结余（元）", true),
    ("资金变更提交申请人", false),
    ("备注", false),
    ("业务凭证号", false),
];

const SUMMARY_COLUMNS: &[(&str, bool)] = &[
    ("资金流水总笔数", true),
    ("收入笔数", true),
    ("收入金额", true),
    ("支出笔数", true),
    ("支出金额", true),
];

/// `收支类型`: whether a flow is income or expense.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FlowDirection {
    /// `收入`.
    Income,
    /// `支出`.
    Expense,
    /// Another value, as written.
    Other(String),
}

impl FlowDirection {
    fn from_text(text: &str) -> Self {
        match text {
            "收入" => Self::Income,
            "支出" => Self::Expense,
            other => Self::Other(other.to_owned()),
        }
    }
}

/// One row of a fund flow bill (`v2/pay/downloadfundflow`). Amounts are in fen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FundFlowRecord {
    /// `记账时间`.
    pub booked_at: BillDateTime,
    /// `微信支付业务单号`.
    pub transaction_id: String,
    /// `资金流水单号`.
    pub flow_id: String,
    /// `业务名称`.
    pub business_name: String,
    /// `业务类型`.
    pub business_type: String,
    /// `收支类型`.
    pub direction: FlowDirection,
    /// `收支金额（元）`, fen.
    pub amount: i64,
    /// `账户结余（元）`, fen.
    pub balance: i64,
    /// `资金变更提交申请人`.
    pub applicant: Option<String>,
    /// `备注`.
    pub remark: Option<String>,
    /// `业务凭证号`.
    pub voucher_no: Option<String>,
    /// The columns this version does not know, by name.
    pub other: BTreeMap<String, String>,
}

/// The summary of a fund flow bill, checked against its rows when read: the counts of rows, of
/// income rows and of expense rows, and the sums of their amounts.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FundFlowSummary {
    /// `资金流水总笔数`.
    pub flow_count: u64,
    /// `收入笔数`.
    pub income_count: u64,
    /// `收入金额`, fen.
    pub income_total: i64,
    /// `支出笔数`.
    pub expense_count: u64,
    /// `支出金额`, fen.
    pub expense_total: i64,
    /// The summary columns this version does not know, by name.
    pub other: BTreeMap<String, String>,
}

/// What the rows add up to so far.
#[doc(hidden)]
#[derive(Debug, Default)]
pub struct FundFlowTotals {
    rows: i64,
    income_rows: i64,
    income: i64,
    expense_rows: i64,
    expense: i64,
}

impl BillRecord for FundFlowRecord {
    type Summary = FundFlowSummary;
    type Totals = FundFlowTotals;
    const COLUMNS: &'static [(&'static str, bool)] = COLUMNS;
    const SUMMARY_COLUMNS: &'static [(&'static str, bool)] = SUMMARY_COLUMNS;

    fn from_row(row: &Row<'_>, totals: &mut FundFlowTotals) -> Result<Self, BillError> {
        let record = Self {
            booked_at: row.time(0)?,
            transaction_id: row.text(1),
            flow_id: row.text(2),
            business_name: row.text(3),
            business_type: row.text(4),
            direction: FlowDirection::from_text(row.get(5).unwrap_or_default()),
            amount: row.amount(6)?,
            balance: row.amount(7)?,
            applicant: row.opt_text(8),
            remark: row.opt_text(9),
            voucher_no: row.opt_text(10),
            other: row.other(),
        };
        totals.rows = totals.rows.saturating_add(1);
        match record.direction {
            FlowDirection::Income => {
                totals.income_rows = totals.income_rows.saturating_add(1);
                totals.income = totals.income.saturating_add(record.amount);
            }
            FlowDirection::Expense => {
                totals.expense_rows = totals.expense_rows.saturating_add(1);
                totals.expense = totals.expense.saturating_add(record.amount);
            }
            FlowDirection::Other(_) => {}
        }
        Ok(record)
    }

    fn summary(row: &Row<'_>, totals: &FundFlowTotals) -> Result<FundFlowSummary, BillError> {
        let summary = FundFlowSummary {
            flow_count: row.count(0)?,
            income_count: row.count(1)?,
            income_total: row.amount(2)?,
            expense_count: row.count(3)?,
            expense_total: row.amount(4)?,
            other: row.other(),
        };
        let count = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
        check(SUMMARY_COLUMNS[0].0, count(summary.flow_count), totals.rows)?;
        check(
            SUMMARY_COLUMNS[1].0,
            count(summary.income_count),
            totals.income_rows,
        )?;
        check(SUMMARY_COLUMNS[2].0, summary.income_total, totals.income)?;
        check(
            SUMMARY_COLUMNS[3].0,
            count(summary.expense_count),
            totals.expense_rows,
        )?;
        check(SUMMARY_COLUMNS[4].0, summary.expense_total, totals.expense)?;
        Ok(summary)
    }
}
