//! Response bodies: JSON, text and bytes (XML is in `xml`, behind the `xml` feature), and
//! typed response headers.

use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;

use super::{Error, RawResponse};

/// Decode a JSON body (any JSON media type: `application/*+json`, `text/json`, profiles).
///
/// # Errors
///
/// [`Error::Decode`], keeping the response, when the body is not JSON of type `T`.
///
/// ```
/// use clientgen_runtime::{decode_json, Error, RawResponse, StatusCode};
///
/// let raw = RawResponse { status: StatusCode::OK, headers: Default::default(), body: "[1,2]".into() };
/// let numbers: Vec<u8> = decode_json::<_, ()>(&raw).unwrap();
/// assert_eq!(numbers, [1, 2]);
/// let wrong: Result<String, Error> = decode_json(&raw);
/// assert!(matches!(wrong, Err(Error::Decode { .. })));
/// ```
pub fn decode_json<T: DeserializeOwned, E>(raw: &RawResponse) -> Result<T, Error<E>> {
    match serde_json::from_slice(&raw.body) {
        Ok(v) => Ok(v),
        Err(e) => Err(raw.clone().undecodable(&e).widen()),
    }
}

/// A text body (`text/*`).
///
/// # Errors
///
/// [`Error::Decode`] when the body is not UTF-8.
pub fn decode_text<E>(raw: &RawResponse) -> Result<String, Error<E>> {
    match String::from_utf8(raw.body.to_vec()) {
        Ok(t) => Ok(t),
        Err(e) => Err(raw.clone().undecodable(&e).widen()),
    }
}

/// A binary body, as is.
///
/// # Errors
///
/// None: the `Result` matches the other decoders'.
pub fn decode_bytes<E>(raw: &RawResponse) -> Result<Vec<u8>, Error<E>> {
    Ok(raw.body.to_vec())
}

/// Parse a response header with `FromStr` (surrounding whitespace ignored); absent or
/// unparsable gives `None`. Generated header structs read each documented header with it.
pub fn header_value<T: std::str::FromStr>(headers: &HeaderMap, name: &str) -> Option<T> {
    headers.get(name)?.to_str().ok()?.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;
    use reqwest::StatusCode;

    fn raw(body: &'static [u8]) -> RawResponse {
        RawResponse {
            status: StatusCode::OK,
            headers: HeaderMap::new(),
            body: bytes::Bytes::from_static(body),
        }
    }

    #[test]
    fn a_body_that_does_not_decode_keeps_the_response() {
        let r: Result<u32, Error> = decode_json(&raw(b"{\"not\": 1}"));
        match r {
            Err(Error::Decode { response, message }) => {
                assert_eq!(response.body.as_ref(), b"{\"not\": 1}");
                assert!(message.contains("u32"), "{message}");
            }
            other => panic!("{other:?}"),
        }
        let text: Result<String, Error> = decode_text(&raw(b"\xff\xfe"));
        assert!(matches!(text, Err(Error::Decode { .. })));
        assert_eq!(decode_text::<()>(&raw(b"caf\xc3\xa9")).unwrap(), "café");
    }

    #[test]
    fn header_values_parse_or_are_none() {
        let mut headers = HeaderMap::new();
        headers.insert("retry-after", HeaderValue::from_static(" 120 "));
        headers.insert("x-name", HeaderValue::from_static("abc"));
        assert_eq!(header_value::<u64>(&headers, "Retry-After"), Some(120));
        assert_eq!(header_value::<u64>(&headers, "x-name"), None);
        assert_eq!(header_value::<String>(&headers, "x-missing"), None);
    }
}
