//! `v2/mmpaymkttransfers/...`: payouts to users, red packets and coupons (企业付款/营销).
