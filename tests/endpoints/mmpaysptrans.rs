//! `v2/mmpaysptrans/...`: payouts to bank cards (企业付款到银行卡).
