//! `v2/applyment/...`: micro-merchant onboarding (小微商户进件).
