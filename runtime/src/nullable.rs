//! [`Nullable`]: an optional property that may also be `null`.

use serde::Serialize;

/// A property that may be left out and may be `null` (OpenAPI `nullable: true`, not
/// `required`): absent (the default: not sent), `null` (sent as `null`, e.g. "clear this
/// field" in a PATCH), or a value. Decoding tells the three apart the same way: a missing
/// property is `Absent`, `null` is `Null`.
///
/// ```
/// use clientgen_runtime::Nullable;
///
/// #[derive(serde::Serialize, serde::Deserialize)]
/// struct Patch {
///     #[serde(default, skip_serializing_if = "Nullable::is_absent")]
///     nickname: Nullable<String>,
/// }
///
/// let clear = Patch { nickname: Nullable::Null };
/// assert_eq!(serde_json::to_string(&clear).unwrap(), r#"{"nickname":null}"#);
/// let untouched = Patch { nickname: Nullable::Absent };
/// assert_eq!(serde_json::to_string(&untouched).unwrap(), "{}");
/// let read: Patch = serde_json::from_str("{}").unwrap();
/// assert!(read.nickname.is_absent());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Nullable<T> {
    /// Not sent; not in the response.
    #[default]
    Absent,
    /// Sent, or received, as `null`.
    Null,
    /// A value.
    Value(T),
}

impl<T> Nullable<T> {
    /// `Absent` or `Null` from `None`, as the caller chooses; `Value` from `Some`.
    pub fn from_option(value: Option<T>, none: Nullable<T>) -> Self {
        value.map_or(none, Nullable::Value)
    }

    /// Whether the property is left out (what `#[serde(skip_serializing_if)]` asks).
    pub fn is_absent(&self) -> bool {
        matches!(self, Nullable::Absent)
    }

    /// Whether the property is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Nullable::Null)
    }

    /// The value, if there is one (absent and `null` both give `None`).
    pub fn value(&self) -> Option<&T> {
        match self {
            Nullable::Value(v) => Some(v),
            _ => None,
        }
    }

    /// The value, mutably, if there is one.
    pub fn value_mut(&mut self) -> Option<&mut T> {
        match self {
            Nullable::Value(v) => Some(v),
            _ => None,
        }
    }

    /// The value, dereferenced (`&str` for a `Nullable<String>`), if there is one.
    pub fn as_deref(&self) -> Option<&T::Target>
    where
        T: std::ops::Deref,
    {
        self.value().map(|v| &**v)
    }

    /// The value, if there is one (absent and `null` both give `None`).
    pub fn into_value(self) -> Option<T> {
        match self {
            Nullable::Value(v) => Some(v),
            _ => None,
        }
    }
}

impl<T> From<T> for Nullable<T> {
    fn from(value: T) -> Self {
        Nullable::Value(value)
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Value(v) => v.serialize(serializer),
            Nullable::Absent | Nullable::Null => serializer.serialize_none(),
        }
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Nullable<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match Option::<T>::deserialize(deserializer)? {
            Some(v) => Nullable::Value(v),
            None => Nullable::Null,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Patch {
        #[serde(default, skip_serializing_if = "Nullable::is_absent")]
        name: Nullable<String>,
    }

    #[test]
    fn absent_null_and_value_round_trip_apart() {
        for (value, json) in [
            (Nullable::Absent, "{}"),
            (Nullable::Null, r#"{"name":null}"#),
            (Nullable::Value("x".to_string()), r#"{"name":"x"}"#),
        ] {
            let patch = Patch { name: value };
            assert_eq!(serde_json::to_string(&patch).unwrap(), json);
            assert_eq!(serde_json::from_str::<Patch>(json).unwrap(), patch);
        }
    }

    #[test]
    fn accessors_see_only_a_value() {
        let mut v = Nullable::from("a".to_string());
        assert_eq!(v.as_deref(), Some("a"));
        v.value_mut().unwrap().push('b');
        assert_eq!(v.value().map(String::as_str), Some("ab"));
        assert_eq!(v.into_value().as_deref(), Some("ab"));
        let null: Nullable<u8> = Nullable::from_option(None, Nullable::Null);
        assert!(null.is_null() && !null.is_absent() && null.value().is_none());
        let absent: Nullable<u8> = Nullable::from_option(None, Nullable::Absent);
        assert!(absent.is_absent());
        assert_eq!(
            Nullable::from_option(Some(3), Nullable::Null),
            Nullable::Value(3)
        );
    }
}
