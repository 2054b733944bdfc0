//! Models: what a schema with `properties` becomes. Generated code declares each struct with
//! [`model!`]: the fields are spelled out in the schema's order (name, type, docs, their own
//! attributes), and what every model shares comes from here, once (exported like the
//! `enums` module's macros): the derives, the serde attributes of optional properties, the
//! map keeping the properties the schema does not name, and `new`.
//!
//! The macro is not recursive (no token munching): a struct of any size expands in one step.

/// A field type that may be left out of a JSON object: `Option` (`None`) and [`Nullable`]
/// (`Absent`). `model!` leaves an optional property out when it is absent.
///
/// [`Nullable`]: super::Nullable
pub trait Omittable {
    /// Whether the value is the absent one (`None`, `Nullable::Absent`): then the property
    /// is not written.
    fn is_absent(&self) -> bool;
}

impl<T> Omittable for Option<T> {
    fn is_absent(&self) -> bool {
        self.is_none()
    }
}

impl<T> Omittable for super::Nullable<T> {
    fn is_absent(&self) -> bool {
        super::Nullable::is_absent(self)
    }
}

/// Declares a model struct (a schema with `properties`) from its fields, in the schema's
/// order:
///
/// - `pub name: Type,` is a required property: an argument of `new` (as `impl Into<Type>`).
/// - `pub name: Type = None,` is an optional one: not an argument of `new`, which starts it
///   as the value given (the type's `Default`: `None`, `Nullable::Absent`); it is that
///   value when the property is missing and left out when it is absent (the field gets
///   `#[serde(default, skip_serializing_if = …)]`, through [`Omittable`]).
/// - `..additional_properties: Map,` last, when the schema leaves the object open: a
///   flattened map (`BTreeMap<String, _>`) keeping the properties the schema does not name,
///   sent back as received.
///
/// The struct derives `Debug`, `Clone`, `PartialEq`, serde's `Serialize` and `Deserialize`;
/// attributes given before `pub struct` (docs, `#[deprecated]`, `#[serde(rename_all)]`,
/// more derives) and before a field (docs, `#[serde(rename)]`, `#[deprecated]`) are kept.
/// `pub struct Name: Default` derives `Default` and has no `new` (nothing is required); a
/// plain `pub struct Name` has `new` and no `Default`, which would invent the values the
/// schema requires. The serde attribute names the trait as `crate::runtime::Omittable`:
/// generated crates reach the runtime as `crate::runtime`.
///
/// ```
/// # mod runtime { pub use clientgen_runtime::*; }
/// # fn main() {
/// clientgen_runtime::model! {
///     /// A pet.
///     pub struct Pet {
///         /// Its name.
///         pub name: String,
///         #[serde(rename = "photoUrls")]
///         pub photo_urls: Vec<String>,
///         pub tag: Option<String> = None,
///         ..additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
///     }
/// }
///
/// let pet = Pet::new("Rex", vec!["a.png".to_string()]);
/// assert_eq!(serde_json::to_string(&pet).unwrap(), r#"{"name":"Rex","photoUrls":["a.png"]}"#);
/// let read: Pet = serde_json::from_str(r#"{"name":"Rex","photoUrls":[],"tag":"dog","age":3}"#).unwrap();
/// assert_eq!(read, Pet {
///     tag: Some("dog".into()),
///     additional_properties: [("age".to_string(), serde_json::json!(3))].into(),
///     ..Pet::new("Rex", Vec::<String>::new())
/// });
/// # }
/// ```
#[macro_export]
#[doc(hidden)]
macro_rules! __model {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(
                $(#[$field_meta:meta])*
                pub $field:ident: $ty:ty $(= $default:expr)?,
            )*
            $(..additional_properties: $additional:ty $(,)?)?
        }
    ) => {
        $crate::__model! {
            @struct [$(#[$meta])*] $name
            { $( [$(#[$field_meta])*] $field: $ty $(= $default)?, )* }
            { $($additional)? }
        }

        impl $name {
            /// From the required properties; the others start empty (set them with
            /// `..Self::new(..)`).
            // One argument per required property, however many the schema has; and
            // deprecated properties are set too.
            #[allow(clippy::too_many_arguments, deprecated)]
            pub fn new(
                $(
                    // An optional property is no argument: the parameter is configured out
                    // (the `cfg_attr` only names `$default`, as a `$(…)?` must).
                    $(#[cfg(any())] #[cfg_attr(any(), doc = stringify!($default))])?
                    $field: impl ::std::convert::Into<$ty>,
                )*
            ) -> Self {
                Self {
                    $(
                        $(#[cfg(any())] #[cfg_attr(any(), doc = stringify!($default))])?
                        $field: ::std::convert::Into::into($field),
                        $($field: $default,)?
                    )*
                    $(additional_properties: <$additional as ::std::default::Default>::default(),)?
                }
            }
        }
    };
    (
        $(#[$meta:meta])*
        pub struct $name:ident: Default {
            $(
                $(#[$field_meta:meta])*
                pub $field:ident: $ty:ty $(= $default:expr)?,
            )*
            $(..additional_properties: $additional:ty $(,)?)?
        }
    ) => {
        $crate::__model! {
            @struct [#[derive(::std::default::Default)] $(#[$meta])*] $name
            { $( [$(#[$field_meta])*] $field: $ty $(= $default)?, )* }
            { $($additional)? }
        }
    };
    (
        @struct [$(#[$meta:meta])*] $name:ident
        { $( [$(#[$field_meta:meta])*] $field:ident: $ty:ty $(= $default:expr)?, )* }
        { $($additional:ty)? }
    ) => {
        // First: the serde attributes among the others need the derive before them.
        #[derive(
            ::std::fmt::Debug,
            ::std::clone::Clone,
            ::std::cmp::PartialEq,
            ::serde::Serialize,
            ::serde::Deserialize,
        )]
        $(#[$meta])*
        pub struct $name {
            $(
                $(#[$field_meta])*
                $(
                    #[serde(default, skip_serializing_if = "crate::runtime::Omittable::is_absent")]
                    #[cfg_attr(any(), doc = stringify!($default))]
                )?
                pub $field: $ty,
            )*
            $(
                /// What the schema does not name (`additionalProperties`), by JSON name, sent
                /// back as received.
                #[serde(flatten)]
                pub additional_properties: $additional,
            )?
        }
    };
}
