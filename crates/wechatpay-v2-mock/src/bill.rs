//! The bills the mock serves for download endpoints: deterministic CSV text of a chosen size,
//! produced chunk by chunk (never whole in memory), gzipped on the fly when asked.

use std::io::Write as _;

use axum::body::Bytes;
use flate2::Compression;
use flate2::write::GzEncoder;

/// Size of the chunks the bill is produced in.
const CHUNK: usize = 64 * 1024;

const HEADER: &str = "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注\r\n";

/// The CSV bill of `mch_id`, `size` bytes or a little more (whole rows), in chunks.
#[derive(Debug)]
pub struct Bill {
    mch_id: String,
    size: u64,
    produced: u64,
    row: u64,
}

impl Bill {
    /// A bill of at least `size` bytes.
    pub fn new(mch_id: &str, size: u64) -> Self {
        Self {
            mch_id: mch_id.to_owned(),
            size,
            produced: 0,
            row: 0,
        }
    }

    fn write_row(&self, out: &mut Vec<u8>) {
        let n = self.row;
        let _ = write!(
            out,
            "`2026-11-22 {:02}:{:02}:{:02},`wxd678efh567hg6787,`{},`0,`,`42000000002026112200{:08},`T{:012},`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,`JSAPI,`SUCCESS,`CMC,`CNY,`{}.{:02},`0.00,`0,`0,`0.00,`0.00,`,`,`停车费,`,`0.00600,`0.60%,`{}.{:02},`0.00,`\r\n",
            (n / 3600) % 24,
            (n / 60) % 60,
            n % 60,
            self.mch_id,
            n,
            n,
            n % 500,
            n % 100,
            n % 500,
            n % 100,
        );
    }
}

impl Iterator for Bill {
    type Item = Vec<u8>;

    fn next(&mut self) -> Option<Vec<u8>> {
        if self.produced >= self.size && self.row > 0 {
            return None;
        }
        let mut out = Vec::with_capacity(CHUNK + 512);
        if self.row == 0 && self.produced == 0 {
            out.extend_from_slice(HEADER.as_bytes());
        }
        while out.len() < CHUNK && self.produced + (out.len() as u64) < self.size {
            self.write_row(&mut out);
            self.row += 1;
        }
        if self.row == 0 {
            // A bill always has at least one row.
            self.write_row(&mut out);
            self.row = 1;
        }
        self.produced += out.len() as u64;
        Some(out)
    }
}

/// The bill as a body stream: plain, or gzip compressed chunk by chunk.
pub(crate) fn stream(
    bill: Bill,
    gzip: bool,
) -> impl futures_util::Stream<Item = Result<Bytes, std::io::Error>> + Send {
    let mut encoder = gzip.then(|| GzEncoder::new(Vec::new(), Compression::fast()));
    let mut bill = Some(bill);
    futures_util::stream::iter(std::iter::from_fn(move || {
        let source = bill.as_mut()?;
        match (source.next(), encoder.as_mut()) {
            (Some(chunk), None) => Some(Ok(Bytes::from(chunk))),
            (Some(chunk), Some(enc)) => Some(
                enc.write_all(&chunk)
                    .map(|()| Bytes::from(std::mem::take(enc.get_mut()))),
            ),
            (None, _) => {
                bill = None;
                encoder.take().map(|enc| enc.finish().map(Bytes::from))
            }
        }
    }))
}
