//! `v2/cgi-bin/...`: customs declaration of orders (海关报关); the feature takes the accessor form of `cgi-bin`.
