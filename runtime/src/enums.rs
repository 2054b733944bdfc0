//! Open enums: what a schema's `enum` of strings or integers becomes. One variant per listed
//! value, and one more that keeps any other value as sent, so a server that starts sending a
//! new value does not break decoding. Generated code declares each with [`string_enum!`] or
//! [`integer_enum!`]: the declaration is spelled out (variants, their values and docs), the
//! impls every open enum shares (`Display`, `FromStr`/`From`, serde) come from here, once.
//!
//! The macros name `serde` and `std` by absolute path (`::serde`), so they work in any crate
//! that depends on serde, as every generated client does, in both runtime modes. Each is
//! exported under a hidden name (`#[macro_export]` puts it at the root of whichever crate
//! compiles these sources: this one, or a standalone client that vendors them) and re-exported
//! here by its own, so `runtime::string_enum!` is the path in both.

/// Declares an open string enum (a `type: string` schema with an `enum`): each listed value
/// is a unit variant (documented with its value, after its own docs), `_ => Other` names the variant holding any other value (`Other(String)`).
///
/// The enum derives `Debug`, `Clone`, `PartialEq`, `Eq`, `Hash`, `PartialOrd`, `Ord` and is
/// `#[non_exhaustive]` (a value the spec adds later is not a breaking change); attributes
/// given before `enum` (docs, `#[deprecated]`, more derives) are kept. It gets `as_str`
/// (the wire value), `Display` (the same), `FromStr` (never fails: an unlisted value is
/// `Other`) and serde's `Serialize`/`Deserialize` as a JSON string.
///
/// ```
/// clientgen_runtime::string_enum! {
///     /// The state of an issue.
///     pub enum IssueState {
///         Open = "open",
///         Closed = "closed",
///         _ => Other,
///     }
/// }
///
/// assert_eq!(IssueState::Open.as_str(), "open");
/// assert_eq!("closed".parse::<IssueState>(), Ok(IssueState::Closed));
/// let other: IssueState = serde_json::from_str("\"locked\"").unwrap();
/// assert_eq!(other, IssueState::Other("locked".into()));
/// assert_eq!(serde_json::to_string(&other).unwrap(), "\"locked\"");
/// ```
#[macro_export]
#[doc(hidden)]
macro_rules! __string_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $value:literal, )*
            _ => $other:ident $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        $vis enum $name {
            $( $(#[$variant_meta])* #[doc = concat!("\n\n`", $value, "`")] $variant, )*
            /// A value this version of the spec does not list.
            $other(::std::string::String),
        }

        impl $name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $value, )*
                    Self::$other(value) => value.as_str(),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;

            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                ::std::result::Result::Ok(match value {
                    $( $value => Self::$variant, )*
                    other => Self::$other(other.to_string()),
                })
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let value =
                    <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)?;
                ::std::result::Result::Ok(value.parse().unwrap_or_else(|never| match never {}))
            }
        }
    };
}

/// Declares an open integer enum (a `type: integer` schema with an `enum`), held as `$repr`
/// (`i64`, or `u64`/`i128` when a value needs it): each listed value is a unit variant,
/// `_ => Other` names the variant holding any other value (`Other($repr)`).
///
/// Like [`string_enum!`], plus `Copy`; it gets `value` (the wire value), `From<$repr>`
/// (an unlisted value is `Other`), `Display` (the number) and serde as a JSON number.
///
/// ```
/// clientgen_runtime::integer_enum! {
///     /// A priority.
///     pub enum Priority: i64 {
///         V1 = 1,
///         VMinus1 = -1,
///         _ => Other,
///     }
/// }
///
/// assert_eq!(Priority::VMinus1.value(), -1);
/// assert_eq!(Priority::from(7), Priority::Other(7));
/// let one: Priority = serde_json::from_str("1").unwrap();
/// assert_eq!((one, one.to_string()), (Priority::V1, "1".to_string()));
/// ```
#[macro_export]
#[doc(hidden)]
macro_rules! __integer_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident: $repr:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $value:literal, )*
            _ => $other:ident $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        $vis enum $name {
            $( $(#[$variant_meta])* #[doc = concat!("\n\n`", $value, "`")] $variant, )*
            /// A value this version of the spec does not list.
            $other($repr),
        }

        impl $name {
            /// The value as sent on the wire.
            pub fn value(&self) -> $repr {
                match self {
                    $( Self::$variant => $value, )*
                    Self::$other(value) => *value,
                }
            }
        }

        impl ::std::convert::From<$repr> for $name {
            fn from(value: $repr) -> Self {
                match value {
                    $( $value => Self::$variant, )*
                    other => Self::$other(other),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.value(), f)
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                ::serde::Serialize::serialize(&self.value(), serializer)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                <$repr as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    crate::__string_enum! {
        /// Test enum.
        pub enum Color {
            Red = "red",
            /// `other`: a listed value named like the catch-all.
            Other = "other",
            _ => Other2,
        }
    }

    crate::__integer_enum! {
        /// Test enum.
        pub enum Big: u64 {
            Max = 18446744073709551615,
            _ => Other,
        }
    }

    #[test]
    fn string_values_round_trip_and_unlisted_values_are_kept() {
        for (json, value) in [
            ("\"red\"", Color::Red),
            ("\"other\"", Color::Other),
            ("\"blue\"", Color::Other2("blue".into())),
        ] {
            assert_eq!(serde_json::from_str::<Color>(json).unwrap(), value);
            assert_eq!(serde_json::to_string(&value).unwrap(), json);
            assert_eq!(format!("\"{value}\""), json);
        }
        assert!(serde_json::from_str::<Color>("1").is_err());
    }

    #[test]
    fn integer_values_round_trip_and_unlisted_values_are_kept() {
        for (json, value) in [("18446744073709551615", Big::Max), ("3", Big::Other(3))] {
            assert_eq!(serde_json::from_str::<Big>(json).unwrap(), value);
            assert_eq!(serde_json::to_string(&value).unwrap(), json);
            assert_eq!(value.to_string(), json);
        }
        assert!(serde_json::from_str::<Big>("\"3\"").is_err());
    }
}
