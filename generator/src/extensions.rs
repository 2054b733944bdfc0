//! The vendor extensions clientgen reads from a spec. A config file sets them on load
//! ([`crate::config`]); a spec or an overlay may carry them too.

/// On an operation: its method name (snake_case); on a schema property: its field name.
pub const RUST_NAME: &str = "x-rust-name";
/// On a schema that becomes a generated type: the type's name.
pub const RUST_TYPE_NAME: &str = "x-rust-type-name";
/// On a schema: a Rust type used for it instead of a generated one
/// (`rust_decimal::Decimal`, `my_crate::UserId`); it must implement `Debug`, `Clone`,
/// `PartialEq`, serde's `Serialize` and `Deserialize`, and `Display` where it is a path,
/// query or header parameter.
pub const RUST_TYPE: &str = "x-rust-type";
/// On an `apiKey` security scheme sent in the `Authorization` header: the header is
/// structured, `Scheme k="v", …` (`scheme`, `params` in the order sent, `always`: sent
/// on every request, `secret`: redacted).
pub const AUTHORIZATION_PARAMS: &str = "x-authorization-params";
