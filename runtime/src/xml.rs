//! XML response bodies (feature `xml`, with quick-xml): for specs whose responses list an
//! XML media type.

use serde::de::DeserializeOwned;

use super::decode::decode_json;
use super::{Error, RawResponse};

/// Whether the Content-Type's media type (parameters such as `profile=` aside; case does
/// not matter) is XML: `application/xml`, `text/xml` or a `+xml` suffix.
fn is_xml(raw: &RawResponse) -> bool {
    let essence = raw.content_type().split(';').next().unwrap_or("").trim();
    let essence = essence.to_ascii_lowercase();
    essence.ends_with("/xml") || essence.ends_with("+xml")
}

/// Decode JSON, or XML when the server says it sent XML (a response documented with both).
///
/// # Errors
///
/// [`Error::Decode`] when the body does not decode as `T` in the format it came in.
pub fn decode_json_or_xml<T: DeserializeOwned, E>(raw: &RawResponse) -> Result<T, Error<E>> {
    if is_xml(raw) {
        decode_xml(raw)
    } else {
        decode_json(raw)
    }
}

/// Decode an XML body (quick-xml's serde mapping: elements and `@attributes`).
///
/// # Errors
///
/// [`Error::Decode`] when the body is not UTF-8 or not XML of type `T`.
pub fn decode_xml<T: DeserializeOwned, E>(raw: &RawResponse) -> Result<T, Error<E>> {
    let text = match std::str::from_utf8(&raw.body) {
        Ok(t) => t,
        Err(e) => return Err(raw.clone().undecodable(&e).widen()),
    };
    match quick_xml::de::from_str(text) {
        Ok(v) => Ok(v),
        Err(e) => Err(raw.clone().undecodable(&e).widen()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderMap, HeaderValue, CONTENT_TYPE};
    use reqwest::StatusCode;

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct User {
        #[serde(rename = "Name")]
        name: String,
    }

    fn raw(content_type: &'static str, body: &'static str) -> RawResponse {
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        RawResponse {
            status: StatusCode::OK,
            headers,
            body: bytes::Bytes::from_static(body.as_bytes()),
        }
    }

    #[test]
    fn the_content_type_chooses_xml_or_json() {
        for ct in [
            "application/xml",
            "Text/XML; charset=utf-8",
            "application/atom+xml",
        ] {
            let user: User =
                decode_json_or_xml::<_, ()>(&raw(ct, "<User><Name>Ann</Name></User>")).unwrap();
            assert_eq!(user.name, "Ann", "{ct}");
        }
        for ct in ["application/json", "application/problem+json", ""] {
            let user: User = decode_json_or_xml::<_, ()>(&raw(ct, r#"{"Name":"Bo"}"#)).unwrap();
            assert_eq!(user.name, "Bo", "{ct}");
        }
        let bad: Result<User, Error> = decode_json_or_xml(&raw("application/xml", "{}"));
        assert!(matches!(bad, Err(Error::Decode { .. })));
    }
}
