//! The two surfaces, async and blocking, written once.
//!
//! Every method a client or handle offers is declared once, in a [`surface!`] table next to
//! the kind it belongs to (calls in `client.rs`, downloads in `download.rs`, uploads in
//! `upload.rs`, signed URLs in `url.rs`). The macro writes each method twice: as an `async fn`
//! on the async types, and as a `fn` that blocks on the blocking client's runtime on the
//! blocking types. The two cannot drift: there is one list.
//!
//! A table entry is either
//! - `io fn name(&self, args) -> T = |core| { ... }`: the body may `.await` and use `?`; it
//!   becomes `async fn name(..) -> Result<T>` and, blocking, `fn name(..) -> Result<T>`;
//! - `io fn name(&self, args) -> T => |core| future;`: the same, when one future of the client's
//!   does all the work: the async method returns it as it is (no future of its own around it,
//!   so nothing more is instantiated per endpoint), the blocking one blocks on it; only on a
//!   client or a handle that holds one ([`Direct`](crate::handle::Direct));
//! - `fn name(&self, args) -> T { ... }`: no I/O, the same on both surfaces.
//!
//! Inside a table, `Client` names the surface's client type and `Output` the writer a download
//! streams into ([`AsyncOutput`](crate::download::AsyncOutput) or
//! [`BlockingOutput`](crate::download::BlockingOutput)); `output(w)` turns it into the
//! `AsyncWrite` the exchange writes to.

/// Declares methods once for the async and the blocking surface; see the module docs.
macro_rules! surface {
    (
        $(
            $(#[$impl_attr:meta])*
            impl [$($head:tt)*] for $ty:ident {
                $($entries:tt)*
            }
        )*
    ) => {
        /// The I/O methods of this module's table, `Type::method`.
        pub(crate) const IO_METHODS: &[&str] =
            $crate::surface::surface!(@names [] $(($ty; $($entries)*))*);

        mod async_surface {
            #[allow(unused_imports)]
            use super::*;
            #[allow(unused_imports)]
            use $crate::surfaces::asynchronous::{Client, Output, output};
            $(
                $(#[$impl_attr])*
                impl $($head)* {
                    $crate::surface::surface!(@async $($entries)*);
                }
            )*
        }

        #[cfg(feature = "blocking")]
        mod blocking_surface {
            #[allow(unused_imports)]
            use super::*;
            #[allow(unused_imports)]
            use $crate::surfaces::blocking::{Client, Output, output};
            $(
                $(#[$impl_attr])*
                impl $($head)* {
                    $crate::surface::surface!(@blocking $($entries)*);
                }
            )*
        }
    };

    (@names [$($acc:expr,)*]) => { &[$($acc),*] };
    (@names [$($acc:expr,)*] ($ty:ident;) $($groups:tt)*) => {
        $crate::surface::surface!(@names [$($acc,)*] $($groups)*)
    };
    (@names [$($acc:expr,)*] ($ty:ident;
        $(#[$attr:meta])*
        io fn $name:ident $(<$($gp:ident: $gb:path),* $(,)?>)?
            (&$s:ident $(, $arg:ident: $argty:ty)* $(,)?) -> $ret:ty = |$core:ident| $body:block
        $($rest:tt)*
    ) $($groups:tt)*) => {
        $crate::surface::surface!(
            @names [$($acc,)* concat!(stringify!($ty), "::", stringify!($name)),]
            ($ty; $($rest)*) $($groups)*
        )
    };
    (@names [$($acc:expr,)*] ($ty:ident;
        $(#[$attr:meta])*
        io fn $name:ident $(<$($gp:ident: $gb:path),* $(,)?>)?
            (&$s:ident $(, $arg:ident: $argty:ty)* $(,)?) -> $ret:ty => |$core:ident| $expr:expr;
        $($rest:tt)*
    ) $($groups:tt)*) => {
        $crate::surface::surface!(
            @names [$($acc,)* concat!(stringify!($ty), "::", stringify!($name)),]
            ($ty; $($rest)*) $($groups)*
        )
    };
    (@names [$($acc:expr,)*] ($ty:ident;
        $(#[$attr:meta])*
        fn $name:ident $(<$($gp:ident: $gb:path),* $(,)?>)?
            (&$s:ident $(, $arg:ident: $argty:ty)* $(,)?) -> $ret:ty $body:block
        $($rest:tt)*
    ) $($groups:tt)*) => {
        $crate::surface::surface!(@names [$($acc,)*] ($ty; $($rest)*) $($groups)*)
    };

    (@async) => {};
    (@async
        $(#[$attr:meta])*
        io fn $name:ident $(<$($gp:ident: $gb:path),* $(,)?>)?
            (&$s:ident $(, $arg:ident: $argty:ty)* $(,)?) -> $ret:ty = |$core:ident| $body:block
        $($rest:tt)*
    ) => {
        $(#[$attr])*
        // Not an `async fn`: its future would store the arguments twice (see `Core`).
        #[allow(clippy::manual_async_fn)]
        pub fn $name $(<$($gp: $gb),*>)? (&$s $(, $arg: $argty)*)
            -> impl ::std::future::Future<Output = $crate::Result<$ret>>
        {
            async move {
                let client = $crate::handle::Handle::client($s)?;
                let $core = $crate::handle::ClientCore::core(&*client);
                $body
            }
        }
        $crate::surface::surface!(@async $($rest)*);
    };
    (@async
        $(#[$attr:meta])*
        io fn $name:ident $(<$($gp:ident: $gb:path),* $(,)?>)?
            (&$s:ident $(, $arg:ident: $argty:ty)* $(,)?) -> $ret:ty => |$core:ident| $expr:expr;
        $($rest:tt)*
    ) => {
        $(#[$attr])*
        pub fn $name $(<$($gp: $gb),*>)? (&$s $(, $arg: $argty)*)
            -> impl ::std::future::Future<Output = $crate::Result<$ret>>
        {
            let $core = $crate::handle::ClientCore::core($crate::handle::Direct::direct($s));
            $expr
        }
        $crate::surface::surface!(@async $($rest)*);
    };
    (@async
        $(#[$attr:meta])*
        fn $name:ident $(<$($gp:ident: $gb:path),* $(,)?>)?
            (&$s:ident $(, $arg:ident: $argty:ty)* $(,)?) -> $ret:ty $body:block
        $($rest:tt)*
    ) => {
        $(#[$attr])*
        pub fn $name $(<$($gp: $gb),*>)? (&$s $(, $arg: $argty)*) -> $ret $body
        $crate::surface::surface!(@async $($rest)*);
    };

    (@blocking) => {};
    (@blocking
        $(#[$attr:meta])*
        io fn $name:ident $(<$($gp:ident: $gb:path),* $(,)?>)?
            (&$s:ident $(, $arg:ident: $argty:ty)* $(,)?) -> $ret:ty = |$core:ident| $body:block
        $($rest:tt)*
    ) => {
        $(#[$attr])*
        pub fn $name $(<$($gp: $gb),*>)? (&$s $(, $arg: $argty)*) -> $crate::Result<$ret> {
            let client = $crate::handle::Handle::client($s)?;
            let $core = $crate::handle::ClientCore::core(&*client);
            client.block_on(async move $body)
        }
        $crate::surface::surface!(@blocking $($rest)*);
    };
    (@blocking
        $(#[$attr:meta])*
        io fn $name:ident $(<$($gp:ident: $gb:path),* $(,)?>)?
            (&$s:ident $(, $arg:ident: $argty:ty)* $(,)?) -> $ret:ty => |$core:ident| $expr:expr;
        $($rest:tt)*
    ) => {
        $(#[$attr])*
        pub fn $name $(<$($gp: $gb),*>)? (&$s $(, $arg: $argty)*) -> $crate::Result<$ret> {
            let client = $crate::handle::Direct::direct($s);
            let $core = $crate::handle::ClientCore::core(client);
            client.block_on($expr)
        }
        $crate::surface::surface!(@blocking $($rest)*);
    };
    (@blocking
        $(#[$attr:meta])*
        fn $name:ident $(<$($gp:ident: $gb:path),* $(,)?>)?
            (&$s:ident $(, $arg:ident: $argty:ty)* $(,)?) -> $ret:ty $body:block
        $($rest:tt)*
    ) => {
        $(#[$attr])*
        pub fn $name $(<$($gp: $gb),*>)? (&$s $(, $arg: $argty)*) -> $ret $body
        $crate::surface::surface!(@blocking $($rest)*);
    };
}

/// The generic part of a typed call or upload, `typed!(request: R => core.method(args))`: the
/// request as a `dyn Encode`, an `Option<R::Response>` as the `dyn Decode` the answer is
/// decoded into, and `core.method(out, args.., slot)` run between them.
///
/// Compile time: this async block is all the generic code a typed call adds to an app per
/// endpoint, with the two vtable methods (`encode_into`, `decode`). It is a macro, expanded in
/// each entry point, so that it is the entry point's own future rather than one more generic
/// function per endpoint.
macro_rules! typed {
    ($request:ident: $request_type:ty => $core:ident.$method:ident($($arg:expr),*)) => {
        async move {
            let mut slot: ::std::option::Option<<$request_type as ::wechatpay_v2_protocol::ApiRequest>::Response> =
                ::std::option::Option::None;
            let out = ::wechatpay_v2_protocol::outgoing::Outgoing::typed(
                <$request_type as ::wechatpay_v2_protocol::ApiRequest>::ENDPOINT,
                $crate::AsRequest::as_request(&$request),
            );
            match $core.$method(out, $($arg,)* &mut slot).await {
                ::std::result::Result::Ok(()) => match slot {
                    ::std::option::Option::Some(response) => ::std::result::Result::Ok(response),
                    ::std::option::Option::None => {
                        ::std::result::Result::Err(::wechatpay_v2_protocol::not_decoded())
                    }
                },
                ::std::result::Result::Err(err) => ::std::result::Result::Err(err),
            }
        }
    };
}

pub(crate) use {surface, typed};
