//! `v2/wxv/...`: rentals and hotel stays paid after use (先享后付).
