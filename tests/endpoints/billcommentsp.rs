//! `v2/billcommentsp/...`: buyers' comments on orders (订单评价).
