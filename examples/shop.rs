//! A shop on `wechatpay-v2`, from the order to the bill, against the embedded mock gateway:
//!
//! 1. a JSAPI order, and the signed parameters the payer's page starts the payment with;
//! 2. the payment notification, received by the shop's own axum handler on 127.0.0.1;
//! 3. the order queried;
//! 4. a partial refund, sent with the merchant's client certificate, and its notification;
//! 5. a payment-code sale whose payer is still confirming (`USERPAYING`), polled until paid;
//! 6. a day later, yesterday's bill read as records, whose totals match the shop's books.
//!
//! ```sh
//! cargo run --example shop --features axum
//! ```
//!
//! The mock serves HTTPS and asks every connection for a client certificate, as the gateway
//! does for refunds; the certificates are made here. Everything stays on 127.0.0.1 and ends
//! with the program.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{FromRef, State};
use axum::routing::post;
use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
use tokio::sync::mpsc;
use wechatpay_v2::notifications::{refund_processed, transaction_success};
use wechatpay_v2::notify::axum::{Notification, NotifyReply, RefundNotification};
use wechatpay_v2::payment_code::{self, Outcome, Schedule};
use wechatpay_v2::v2::pay::{micropay, orderquery, unifiedorder};
use wechatpay_v2::v2::secapi::pay::refund;
use wechatpay_v2::{Client, SignType, notify};
use wechatpay_v2_mock::{
    DEFAULT_API_KEY, DEFAULT_APPID, DEFAULT_MCH_ID, MockConfig, MockServer, MockTls,
};

type Error = Box<dyn std::error::Error + Send + Sync>;

/// How long the shop waits for a notification before it gives up.
const WAIT: Duration = Duration::from_secs(10);

/// The shop's books: what it was paid and what it refunded, by order, in fen.
#[derive(Debug, Default)]
struct Books {
    paid: BTreeMap<String, u64>,
    refunded: BTreeMap<String, u64>,
}

/// The state of the shop's web server.
#[derive(Clone)]
struct Shop {
    receiver: notify::Receiver,
    books: Arc<Mutex<Books>>,
    events: mpsc::UnboundedSender<String>,
}

impl FromRef<Shop> for notify::Receiver {
    fn from_ref(shop: &Shop) -> Self {
        shop.receiver.clone()
    }
}

/// `POST /wechat/paid`: a verified payment notification of this merchant. The same one can
/// arrive again: the books record an order once.
async fn paid(
    State(shop): State<Shop>,
    Notification(n): Notification<transaction_success::Notification>,
) -> NotifyReply {
    let first = shop
        .books
        .lock()
        .expect("the books")
        .paid
        .insert(n.out_trade_no.clone(), n.total_fee)
        .is_none();
    if first {
        let _ = shop.events.send(format!(
            "paid: {} for {} fen (transaction {})",
            n.out_trade_no, n.total_fee, n.transaction_id
        ));
    }
    NotifyReply
}

/// `POST /wechat/refunded`: a refund notification, its `req_info` decrypted with the key.
async fn refunded(
    State(shop): State<Shop>,
    RefundNotification(_, info): RefundNotification<
        refund_processed::Notification,
        refund_processed::RefundInfo,
    >,
) -> NotifyReply {
    let first = shop
        .books
        .lock()
        .expect("the books")
        .refunded
        .insert(info.out_refund_no.clone(), info.refund_fee)
        .is_none();
    if first {
        let _ = shop.events.send(format!(
            "refunded: {} fen of {} ({:?})",
            info.refund_fee, info.out_trade_no, info.refund_status
        ));
    }
    NotifyReply
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    println!("== A shop on wechatpay-v2, against the mock gateway on 127.0.0.1 ==\n");
    let pki = Pki::new()?;
    let mock = MockServer::start(
        MockConfig {
            tls: Some(MockTls {
                cert_pem: pki.server_cert.clone().into_bytes(),
                key_pem: pki.server_key.clone().into_bytes(),
                client_ca_pem: Some(pki.ca.clone().into_bytes()),
            }),
            ..MockConfig::default()
        },
        0,
    )?;
    // In production: `Client::from_env()` and the gateway's own address and certificates.
    let api = Client::builder()
        .mch_id(DEFAULT_MCH_ID)
        .api_key(DEFAULT_API_KEY)
        .appid(DEFAULT_APPID)
        .base_url(mock.base_url())
        .add_root_certificate_pem(&pki.ca)
        .client_cert_pem(&pki.client_cert, &pki.client_key)
        .build()?;
    println!("gateway (mock): {}", mock.base_url());

    // The shop's web server, which receives the notifications.
    let (events, mut event) = mpsc::unbounded_channel();
    let shop = Shop {
        receiver: api.notify_receiver(),
        books: Arc::default(),
        events,
    };
    let books = shop.books.clone();
    let app = Router::new()
        .route("/wechat/paid", post(paid))
        .route("/wechat/refunded", post(refunded))
        .with_state(shop);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let shop_url = format!("http://{}", listener.local_addr()?);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    println!("shop: {shop_url}\n");
    let mut next_event = async || {
        tokio::time::timeout(WAIT, event.recv())
            .await
            .ok()
            .flatten()
            .ok_or("no notification reached the shop in time")
    };

    // 1. A JSAPI order, and the parameters for `wx.requestPayment`.
    println!("1. A JSAPI order");
    let order = unifiedorder::Request::new(
        "Parking, bay 12",
        "SHOP-1001",
        1500u32,
        "127.0.0.1",
        format!("{shop_url}/wechat/paid"),
        unifiedorder::TradeType::Jsapi,
    )
    .openid("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
    .attach("bay 12");
    let placed = api.post(&order).await?;
    let params = api.jsapi_params(&placed.prepay_id, SignType::Md5)?;
    println!("   prepay_id {}", placed.prepay_id);
    println!(
        "   wx.requestPayment({})",
        serde_json::to_string_pretty(&params)?.replace('\n', "\n   ")
    );

    // 2. The payer pays; the gateway notifies the shop.
    println!("\n2. The payer pays");
    mock.pay("SHOP-1001")
        .ok_or("the mock could not pay the order")?;
    println!("   notification → {}", next_event().await?);

    // 3. The order, queried.
    println!("\n3. The order, queried");
    let queried = api
        .post(orderquery::Request::by_out_trade_no("SHOP-1001"))
        .await?;
    println!(
        "   {:?}, {} fen, paid at {}",
        queried.trade_state,
        queried.total_fee.unwrap_or_default(),
        queried.time_end.as_deref().unwrap_or("-")
    );

    // 4. A partial refund (the client certificate goes with it), and its notification.
    println!("\n4. A partial refund, with the client certificate");
    let refund = refund::Request::by_out_trade_no("SHOP-1001", "SHOP-R-1001", 1500u64, 500u64)
        .notify_url(format!("{shop_url}/wechat/refunded"));
    let refunded = api.post(&refund).await?;
    println!("   refund_id {}", refunded.refund_id);
    println!("   notification → {}", next_event().await?);

    // 5. A payment-code sale: the payer confirms on the phone while the till polls.
    println!("\n5. A payment-code sale");
    mock.script_user_paying(Some(2));
    let sale = micropay::Request::new(
        "Coffee",
        "SHOP-1002",
        800u32,
        "127.0.0.1",
        "134567890123456789",
    );
    // The documented schedule is a query every 5 s for 30 s; the demo waits 50 ms.
    let schedule = Schedule::new(Duration::from_millis(50), 6, 3);
    match payment_code::pay(&api, &sale, &schedule).await {
        Outcome::Paid(paid) => {
            println!(
                "   USERPAYING, polled: paid (transaction {})",
                paid.transaction_id().unwrap_or("-")
            );
            books
                .lock()
                .expect("the books")
                .paid
                .insert("SHOP-1002".into(), 800);
        }
        other => return Err(format!("the sale did not go through: {other:?}").into()),
    }

    // 6. A day later: yesterday's bill, read as records, against the books.
    println!("\n6. A day later: yesterday's bill");
    let yesterday = queried.time_end.as_deref().unwrap_or_default()[..8].to_owned();
    mock.pass_days(1);
    let books = std::mem::take(&mut *books.lock().expect("the books"));
    bill::check(&api, &yesterday, &books).await?;

    let _ = stop.send(());
    server.await??;
    mock.stop();
    println!("\nDone: every step verified.");
    Ok(())
}

mod bill {
    use std::collections::BTreeMap;

    use super::{Books, Error};
    use wechatpay_v2::Client;
    use wechatpay_v2::bill::TradeRecord;
    use wechatpay_v2::v2::pay::downloadbill;

    /// Reads the bill of `day` row by row (the summary is checked against the rows by the SDK)
    /// and checks it against the shop's books: every payment and refund, and the totals.
    pub(super) async fn check(api: &Client, day: &str, books: &Books) -> Result<(), Error> {
        let request = downloadbill::Request::new(day).bill_type(downloadbill::BillType::All);
        let mut paid = BTreeMap::new();
        let mut refunded = BTreeMap::new();
        let summary = api
            .v2()
            .pay()
            .downloadbill()
            .records(&request, |row: TradeRecord| {
                println!(
                    "   {} {:<10} {:<8} {:>6} fen settled, {:>4} fen refunded",
                    row.trade_time,
                    row.out_trade_no,
                    row.trade_state,
                    row.settlement_amount,
                    row.refund_amount.unwrap_or_default()
                );
                // A refund has a row of its own, of state `REFUND`.
                match (row.trade_state.as_str(), row.out_refund_no) {
                    ("REFUND", Some(no)) => {
                        refunded.insert(no, row.refund_amount.unwrap_or_default())
                    }
                    _ => paid.insert(row.out_trade_no, row.settlement_amount),
                };
                Ok(())
            })
            .await?;
        println!(
            "   summary: {} rows, {} fen settled, {} fen refunded, fees {} fen",
            summary.trade_count,
            summary.settlement_total,
            summary.refund_total.unwrap_or_default(),
            summary.fee_total
        );
        let to_fen = |map: &BTreeMap<String, u64>| -> BTreeMap<String, i64> {
            map.iter()
                .map(|(k, v)| (k.clone(), i64::try_from(*v).unwrap_or(i64::MAX)))
                .collect()
        };
        if paid != to_fen(&books.paid) || refunded != to_fen(&books.refunded) {
            return Err(format!(
                "the bill does not match the books: bill {paid:?} / {refunded:?}, books {books:?}"
            )
            .into());
        }
        let books_total: i64 = paid.values().sum();
        if summary.settlement_total != books_total {
            return Err("the bill's total does not match the books".into());
        }
        println!("   the bill matches the books: {books_total} fen paid");
        Ok(())
    }
}

/// The certificates of the demo: a CA, the mock's certificate for 127.0.0.1, and the
/// merchant's client certificate.
struct Pki {
    ca: String,
    server_cert: String,
    server_key: String,
    client_cert: String,
    client_key: String,
}

impl Pki {
    fn new() -> Result<Self, Error> {
        let mut ca_params = CertificateParams::new(Vec::<String>::new())?;
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate()?)?;
        let server_key = KeyPair::generate()?;
        let server_cert =
            CertificateParams::new(vec!["127.0.0.1".to_owned()])?.signed_by(&server_key, &ca)?;
        let client_key = KeyPair::generate()?;
        let client_cert =
            CertificateParams::new(vec![DEFAULT_MCH_ID.to_owned()])?.signed_by(&client_key, &ca)?;
        Ok(Self {
            ca: ca.pem(),
            server_cert: server_cert.pem(),
            server_key: server_key.serialize_pem(),
            client_cert: client_cert.pem(),
            client_key: client_key.serialize_pem(),
        })
    }
}
