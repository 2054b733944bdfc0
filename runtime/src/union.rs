//! Discriminated unions (`oneOf`/`anyOf` with a `discriminator`): what generated
//! `Serialize`/`Deserialize` impls of union enums call.

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
