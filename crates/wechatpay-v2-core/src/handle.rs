//! How the methods of a client or a handle reach the client's [`Core`]: the traits the
//! `surface!` tables are written against.

use std::borrow::Cow;

use crate::transport::Core;
use wechatpay_v2_protocol::error::Result;

/// A client or a handle of one: how its methods reach the client.
pub(crate) trait Handle {
    /// The client type (async or blocking).
    type Client: Clone + ClientCore;
    /// The client, borrowed when the handle holds one and upgraded when it holds a weak link.
    fn client(&self) -> Result<Cow<'_, Self::Client>>;
}

/// A client or a handle that holds one (not a weak link): its calls can return the client's
/// own futures, with no layer of their own.
pub(crate) trait Direct {
    /// The client type (async or blocking).
    type Client: ClientCore;
    /// The client.
    fn direct(&self) -> &Self::Client;
}

/// What both clients give their handles.
pub(crate) trait ClientCore {
    fn core(&self) -> &Core;
}

/// The leaf handles of the chained style hold their client.
macro_rules! leaf_handles {
    ($($name:ident),*) => {$(
        impl<C: ClientCore, R> Direct for crate::tree::$name<C, R> {
            type Client = C;
            fn direct(&self) -> &C {
                &self.client
            }
        }

        impl<C: Clone + ClientCore, R> Handle for crate::tree::$name<C, R> {
            type Client = C;
            fn client(&self) -> Result<Cow<'_, C>> {
                Ok(Cow::Borrowed(&self.client))
            }
        }
    )*};
}

leaf_handles!(CallHandle, DownloadHandle, SignedUrlHandle, UploadHandle);
