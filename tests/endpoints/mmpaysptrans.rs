//! `v2/mmpaysptrans/...`: payouts to bank cards (企业付款到银行卡).

use crate::support;

#[test]
fn pay_bank() {
    use wechatpay_v2::v2::mmpaysptrans::pay_bank::*;
    let request = Request::new(
        "1212121221227",
        "8609cb22e1774a50a930e414cc71eca06121bcd266335cda230d24a7886a8d9f",
        "ca775af5f841bdf424b2e6eb86a6e21e",
        "1001",
        100000u64,
    )
    .desc("理财");
    support::endpoint_case(&request);
}

#[test]
fn query_bank() {
    use wechatpay_v2::v2::mmpaysptrans::query_bank::*;
    let request = Request::new("1212121221227");
    support::endpoint_case(&request);
}
