//! `v2/vehicle/...`: parking (车主平台) endpoints.
