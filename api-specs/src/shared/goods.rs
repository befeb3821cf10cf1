//! What is bought and where: the goods of an order (`detail`) and its store (`scene_info`), both
//! carried as JSON text.
//!
//! The endpoints document three other shapes of the goods besides the one of the payment
//! endpoints (`Goods`): the sandbox copies name the MCC field `mcc` (`SandboxGoods`), the
//! deposit orders and the discounts of combined orders list five fields and require the quantity
//! and price (`PricedGoods`), and the face payments count the goods in `goods_num`
//! (`FacepayGoods`).

use wechatpay_v2::wechat_v2_api;

/// The goods of an order with single-product discounts, carried as JSON in `detail`.
#[wechat_v2_api(json)]
pub struct Detail {
    /// Original price of the order, in fen (订单原价).
    pub cost_price: Option<u64>,
    /// Id of the merchant's receipt (商品小票ID).
    pub receipt_id: Option<String>,
    /// The goods (单品列表).
    pub goods_detail: Vec<Goods>,
}

/// One product of an order (单品).
#[wechat_v2_api(json)]
pub struct Goods {
    /// Merchant's product code (商品编码).
    pub goods_id: Option<String>,
    /// WeChat Pay's product code (微信支付商品编码).
    pub wxpay_goods_id: Option<String>,
    /// Product name (商品名称).
    pub goods_name: Option<String>,
    /// Quantity (商品数量).
    pub quantity: Option<u64>,
    /// Unit price in fen (商品单价).
    pub price: Option<u64>,
    /// Product category code (商品种类).
    pub goods_category: Option<String>,
    /// Product description (商品描述).
    pub body: Option<String>,
    /// Product category, such as `FOOD_BEVERAGE` (商品种类).
    pub category: Option<String>,
    /// Merchant category code of the product (商品MCC码).
    pub merchant_category_code: Option<u64>,
}

/// The goods of a sandbox order, carried as JSON in `detail`.
#[wechat_v2_api(json)]
pub struct SandboxDetail {
    /// Original price of the order, in fen (订单原价).
    pub cost_price: Option<u64>,
    /// Id of the merchant's receipt (商品小票ID).
    pub receipt_id: Option<String>,
    /// The goods (单品列表).
    pub goods_detail: Vec<SandboxGoods>,
}

/// One product of a sandbox order (单品): the fields of [`Goods`], the MCC code named `mcc`.
#[wechat_v2_api(json)]
pub struct SandboxGoods {
    /// Merchant's product code (商品编码).
    pub goods_id: Option<String>,
    /// WeChat Pay's product code (微信支付商品编码).
    pub wxpay_goods_id: Option<String>,
    /// Product name (商品名称).
    pub goods_name: Option<String>,
    /// Quantity (商品数量).
    pub quantity: Option<u64>,
    /// Unit price in fen (商品单价).
    pub price: Option<u64>,
    /// Product category code (商品种类).
    pub goods_category: Option<String>,
    /// Product description (商品描述).
    pub body: Option<String>,
    /// Product category, such as `FOOD_BEVERAGE` (商品种类).
    pub category: Option<String>,
    /// Merchant category code of the product (商品MCC码).
    pub mcc: Option<u64>,
}

/// The goods of a deposit order, carried as JSON in `detail`.
#[wechat_v2_api(json)]
pub struct DepositDetail {
    /// Original price of the order, in fen (订单原价).
    pub cost_price: Option<u64>,
    /// Id of the merchant's receipt (商品小票ID).
    pub receipt_id: Option<String>,
    /// The goods paid for (单品列表).
    pub goods_detail: Vec<PricedGoods>,
}

/// One product (单品), its quantity and unit price required.
#[wechat_v2_api(json)]
pub struct PricedGoods {
    /// Merchant's product code (商品编码).
    pub goods_id: Option<String>,
    /// WeChat Pay's product code (微信支付商品编码).
    pub wxpay_goods_id: Option<String>,
    /// Product name (商品名称).
    pub goods_name: Option<String>,
    /// Quantity (商品数量).
    pub quantity: u64,
    /// Unit price in fen (商品单价).
    pub price: u64,
}

/// The goods of a face payment, carried as JSON in `detail`.
#[wechat_v2_api(json)]
pub struct FacepayDetail {
    /// The goods (单品列表).
    pub goods_detail: Vec<FacepayGoods>,
}

/// One product of a face payment (单品).
#[wechat_v2_api(json)]
pub struct FacepayGoods {
    /// Merchant's product code (商品编码).
    pub goods_id: String,
    /// WeChat Pay's product code (微信支付商品编码).
    pub wxpay_goods_id: Option<String>,
    /// Product name (商品名称).
    pub goods_name: String,
    /// Quantity (商品数量).
    pub goods_num: u64,
    /// Unit price in fen (商品单价).
    pub price: u64,
    /// Product category id (商品类目ID).
    pub goods_category: Option<String>,
    /// Product description (商品描述信息).
    pub body: Option<String>,
}

/// The store where the payment happens, carried as JSON in `scene_info`:
/// `{"store_info": {...}}`.
#[wechat_v2_api(json)]
pub struct SceneInfo {
    /// The store (实际门店信息).
    pub store_info: StoreInfo,
}

/// The store where the payment happens (实际门店信息).
#[wechat_v2_api(json)]
pub struct StoreInfo {
    /// Store id (门店id).
    pub id: String,
    /// Store name (门店名称).
    pub name: Option<String>,
    /// Administrative area code of the store (门店行政区划码).
    pub area_code: Option<String>,
    /// Street address of the store (门店详细地址).
    pub address: Option<String>,
}
