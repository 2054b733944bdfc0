//! [`DateTime`]: `format: date-time` (feature `chrono`).

use std::fmt;

use serde::Serialize;

/// A `date-time` value (UTC). Decoding is lenient the way real servers need: RFC 3339, or
/// a timestamp without an offset (read as UTC, as Xero and .NET servers send them).
/// Encoded as RFC 3339.
///
/// ```
/// use clientgen_runtime::DateTime;
///
/// let sent_by_dotnet: DateTime = "2024-02-29T12:30:00.5".parse().unwrap();
/// assert_eq!(sent_by_dotnet.to_string(), "2024-02-29T12:30:00.500Z");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct DateTime(pub chrono::DateTime<chrono::Utc>);

impl DateTime {
    /// The wrapped chrono value.
    pub fn get(&self) -> chrono::DateTime<chrono::Utc> {
        self.0
    }
}

impl std::ops::Deref for DateTime {
    type Target = chrono::DateTime<chrono::Utc>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl From<chrono::DateTime<chrono::Utc>> for DateTime {
    fn from(v: chrono::DateTime<chrono::Utc>) -> Self {
        DateTime(v)
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
    }
}

impl std::str::FromStr for DateTime {
    type Err = chrono::ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match chrono::DateTime::parse_from_rfc3339(s) {
            Ok(d) => Ok(DateTime(d.with_timezone(&chrono::Utc))),
            Err(e) => chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f")
                .map(|n| DateTime(n.and_utc()))
                .map_err(|_| e),
        }
    }
}

impl Serialize for DateTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for DateTime {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_and_offsetless_timestamps_decode_as_utc() {
        let with_offset: DateTime = "2024-01-02T03:04:05+02:00".parse().unwrap();
        assert_eq!(with_offset.to_string(), "2024-01-02T01:04:05Z");
        let without: DateTime = serde_json::from_str("\"2024-01-02T03:04:05\"").unwrap();
        assert_eq!(
            serde_json::to_string(&without).unwrap(),
            "\"2024-01-02T03:04:05Z\""
        );
        assert!("yesterday".parse::<DateTime>().is_err());
        assert!(serde_json::from_str::<DateTime>("\"2024-13-01T00:00:00Z\"").is_err());
    }
}
