//! Unions (`oneOf`/`anyOf`). Discriminated ones (with a `discriminator`): what their
//! generated `Serialize`/`Deserialize` impls call. Untagged ones are declared with
//! [`untagged_union!`]: the enum is spelled out, the decoding and `Display` every untagged
//! union shares come from here, once (exported like the `enums` module's macros).

use serde::de::DeserializeOwned;
use serde::Serialize;

/// Serialize a union variant: the variant's own JSON object with `property: tag` set,
/// first when the variant's schema does not declare the property, in place when it does.
/// A variant that is not an object is written as is.
///
/// # Errors
///
/// The serializer's, or a custom one if the value cannot be turned into JSON.
pub fn serialize_tagged<S: serde::Serializer, T: Serialize>(
    serializer: S,
    property: &str,
    tag: &str,
    value: &T,
) -> Result<S::Ok, S::Error> {
    use serde::ser::Error as _;
    match serde_json::to_value(value).map_err(S::Error::custom)? {
        serde_json::Value::Object(map) if map.contains_key(property) => {
            let mut map = map;
            map.insert(property.into(), tag.into());
            map.serialize(serializer)
        }
        serde_json::Value::Object(map) => {
            let mut out = serde_json::Map::with_capacity(map.len() + 1);
            out.insert(property.into(), tag.into());
            out.extend(map);
            out.serialize(serializer)
        }
        other => other.serialize(serializer),
    }
}

/// A union value as JSON, with its tag: the string value of `property`, if any (a missing
/// or non-string tag is `None`, which generated code maps to the `Other` variant).
///
/// # Errors
///
/// The deserializer's, when the input is not JSON.
pub fn tagged_value<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
    property: &str,
) -> Result<(Option<String>, serde_json::Value), D::Error> {
    let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
    let tag = value
        .get(property)
        .and_then(|t| t.as_str())
        .map(str::to_string);
    Ok((tag, value))
}

/// Decode the variant a tag selected (the tag property stays in the object: a variant
/// schema that declares it reads it, one that does not ignores it).
///
/// # Errors
///
/// `E::custom` with serde_json's message when the value is not a `T`.
pub fn from_tagged<T: DeserializeOwned, E: serde::de::Error>(
    value: serde_json::Value,
) -> Result<T, E> {
    serde_json::from_value(value).map_err(E::custom)
}

/// Declares an untagged union (a `oneOf`/`anyOf` without a `discriminator`): each listed
/// schema is a variant holding its type, `_ => Other` names the variant holding a value
/// none of them decodes (`Other(serde_json::Value)`).
///
/// The enum derives `Debug`, `Clone`, `PartialEq` and `Serialize` (a variant is encoded as
/// its value); attributes given before `enum` (docs, `#[deprecated]`, more derives) are
/// kept. Decoding takes the first variant that carries the value through unchanged (encoded
/// again, the same JSON: `5` is not an `f64` variant's `5.0`, nor `[]` an object whose
/// properties are all optional), else the first that decodes it, else `Other`. Written
/// `enum Name: Display`, it also gets `Display` (each variant's own, when every variant
/// implements it; `Other` shows a JSON string as its text, anything else as JSON).
///
/// ```
/// clientgen_runtime::untagged_union! {
///     /// An id or a name.
///     pub enum IdOrName: Display {
///         Id(i64),
///         Name(String),
///         _ => Other,
///     }
/// }
///
/// let id: IdOrName = serde_json::from_str("7").unwrap();
/// assert_eq!(id, IdOrName::Id(7));
/// let other: IdOrName = serde_json::from_str("[1]").unwrap();
/// assert_eq!(other, IdOrName::Other(serde_json::json!([1])));
/// assert_eq!(IdOrName::Name("x".into()).to_string(), "x");
/// ```
#[macro_export]
#[doc(hidden)]
macro_rules! __untagged_union {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident: Display {
            $( $variant:ident($ty:ty $(,)?), )+
            _ => $other:ident $(,)?
        }
    ) => {
        $crate::__untagged_union! {
            $(#[$meta])*
            $vis enum $name {
                $( $variant($ty), )+
                _ => $other,
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match self {
                    $( Self::$variant(value) => ::std::fmt::Display::fmt(value, f), )+
                    Self::$other(::serde_json::Value::String(value)) => f.write_str(value),
                    Self::$other(value) => ::std::fmt::Display::fmt(value, f),
                }
            }
        }
    };
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $variant:ident($ty:ty $(,)?), )+
            _ => $other:ident $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
        #[serde(untagged)]
        $vis enum $name {
            $( $variant($ty), )+
            /// A value matching none of the listed schemas.
            $other(::serde_json::Value),
        }

        /// The first variant that carries the value through unchanged (encoded again, the
        /// same JSON: `5` is not taken as a `number` variant's `5.0`, nor `[]` as an object),
        /// else the first that decodes it, else the variant keeping it as sent.
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                // The variant, and whether encoding it again gives back `value`.
                fn decode<T: ::serde::de::DeserializeOwned + ::serde::Serialize>(
                    value: &::serde_json::Value,
                ) -> ::std::option::Option<(T, bool)> {
                    let variant = T::deserialize(value).ok()?;
                    let again = ::serde::Serialize::serialize(&variant, ::serde_json::value::Serializer);
                    ::std::option::Option::Some((variant, again.is_ok_and(|again| again == *value)))
                }
                let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                let mut first = ::std::option::Option::None;
                $(
                    match decode::<$ty>(&value) {
                        ::std::option::Option::Some((variant, true)) => {
                            return ::std::result::Result::Ok(Self::$variant(variant));
                        }
                        ::std::option::Option::Some((variant, false)) => {
                            first = first.or(::std::option::Option::Some(Self::$variant(variant)));
                        }
                        ::std::option::Option::None => {}
                    }
                )+
                ::std::result::Result::Ok(first.unwrap_or(Self::$other(value)))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Cat {
        name: String,
    }

    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Dog {
        #[serde(rename = "petType")]
        pet_type: String,
        name: String,
    }

    fn tagged<T: Serialize>(tag: &str, value: &T) -> serde_json::Value {
        serialize_tagged(serde_json::value::Serializer, "petType", tag, value).unwrap()
    }

    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
    pub struct Loose {
        pub name: Option<String>,
    }

    crate::__untagged_union! {
        /// Test union.
        pub enum Value: Display {
            Float(f64),
            Int(i64),
            Text(String),
            _ => Other,
        }
    }

    crate::__untagged_union! {
        /// Test union without `Display`.
        pub enum Shape {
            Named(Loose),
            // As a variant too long for one line is written.
            List(
                Vec<i64>,
            ),
            _ => Other,
        }
    }

    #[test]
    fn untagged_unions_take_the_first_variant_that_keeps_the_value_unchanged() {
        let decode = |json: &str| serde_json::from_str::<Value>(json).unwrap();
        // `5` decodes as `f64` first, but only `i64` encodes it back as `5`.
        assert_eq!(decode("5"), Value::Int(5));
        assert_eq!(decode("5.5"), Value::Float(5.5));
        assert_eq!(decode("\"x\""), Value::Text("x".into()));
        assert_eq!(decode("true"), Value::Other(json!(true)));
        for json in ["5", "5.5", "\"x\"", "true"] {
            assert_eq!(serde_json::to_string(&decode(json)).unwrap(), json);
        }
        // `{"extra": 1}` decodes as `Loose` (dropping `extra`): no variant keeps it
        // unchanged, so the first that decodes it wins; `[]` is not taken as an object.
        let shape: Shape = serde_json::from_value(json!({"extra": 1})).unwrap();
        assert_eq!(shape, Shape::Named(Loose { name: None }));
        let shape: Shape = serde_json::from_value(json!([])).unwrap();
        assert_eq!(shape, Shape::List(Vec::new()));
        let shape: Shape = serde_json::from_value(json!("s")).unwrap();
        assert_eq!(shape, Shape::Other(json!("s")));
    }

    #[test]
    fn untagged_unions_display_their_variant_or_the_kept_text() {
        assert_eq!(Value::Int(3).to_string(), "3");
        assert_eq!(Value::Text("a b".into()).to_string(), "a b");
        assert_eq!(Value::Other(json!("raw")).to_string(), "raw");
        assert_eq!(Value::Other(json!([1])).to_string(), "[1]");
    }

    #[test]
    fn the_tag_goes_first_or_replaces_the_declared_property() {
        let cat = tagged("cat", &Cat { name: "Tom".into() });
        assert_eq!(
            serde_json::to_string(&cat).unwrap(),
            r#"{"petType":"cat","name":"Tom"}"#
        );
        let dog = Dog {
            pet_type: "stale".into(),
            name: "Rex".into(),
        };
        let dog = tagged("dog", &dog);
        assert_eq!(
            serde_json::to_string(&dog).unwrap(),
            r#"{"petType":"dog","name":"Rex"}"#
        );
        assert_eq!(tagged("n", &5), json!(5));
    }

    #[test]
    fn the_tag_is_read_and_the_variant_decoded_with_it() {
        let input = json!({"name": "Rex", "petType": "dog"});
        let (tag, value) = tagged_value(input, "petType").unwrap();
        assert_eq!(tag.as_deref(), Some("dog"));
        let dog: Dog = from_tagged::<_, serde_json::Error>(value.clone()).unwrap();
        assert_eq!(dog.name, "Rex");
        let cat: Cat = from_tagged::<_, serde_json::Error>(value).unwrap();
        assert_eq!(
            cat.name, "Rex",
            "a variant without the tag property ignores it"
        );
        let (tag, _) = tagged_value(json!({"petType": 3}), "petType").unwrap();
        assert_eq!(tag, None, "a non-string tag is no tag");
        let wrong = from_tagged::<Cat, serde_json::Error>(json!({"petType": "cat"}));
        assert!(wrong.unwrap_err().to_string().contains("name"));
    }
}
