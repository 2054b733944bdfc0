//! Typed async clients generated from the OpenAPI documents in `specs/`.
//!
//! One module per service, each behind a cargo feature of the same name://! - [`emby`]: Emby Server REST API (5 operations)//! - [`jellyfin`]: Jellyfin API (14 operations)//! - [`ostrom`]: Ostrom API (3 operations)//! - [`smooch`]: Smooch (12 operations)//! - [`xero`]: Xero OAuth 2 Identity Service API (2 operations)//!
//! Every module has a `Client` (`Client::new(base_url)` or `Client::builder()`), one async
//! method per operation, and its models in `types`. The shared runtime is [`runtime`].
#[cfg(feature = "emby")]
#[path = "emby/mod.rs"]
pub mod emby;
#[cfg(feature = "jellyfin")]
#[path = "jellyfin/mod.rs"]
pub mod jellyfin;
#[cfg(feature = "ostrom")]
#[path = "ostrom/mod.rs"]
pub mod ostrom;
pub mod runtime;
#[cfg(feature = "smooch")]
#[path = "smooch/mod.rs"]
pub mod smooch;
#[cfg(feature = "xero")]
#[path = "xero/mod.rs"]
pub mod xero;
