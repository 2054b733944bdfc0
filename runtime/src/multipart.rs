//! multipart/form-data bodies (feature `multipart`): [`FilePart`] and the `Request` methods
//! generated code calls for each part.

use std::fmt;

use serde::Serialize;

use super::params::Escape;
use reqwest::multipart::Form;

use super::{Body, Format, Request};

/// A file for a multipart upload: bytes or a stream, with a file name and content type.
///
/// ```
/// use clientgen_runtime::FilePart;
///
/// let photo = FilePart::bytes(vec![0xff, 0xd8]).file_name("me.jpg").content_type("image/jpeg");
/// assert!(format!("{photo:?}").contains("me.jpg"));
/// ```
pub struct FilePart {
    body: FileBody,
    file_name: Option<String>,
    content_type: Option<String>,
}

/// Where a file part's bytes come from.
enum FileBody {
    Bytes(bytes::Bytes),
    Stream(reqwest::Body, Option<u64>),
}

impl FilePart {
    /// A file from bytes in memory (sent with a Content-Length).
    pub fn bytes(bytes: impl Into<bytes::Bytes>) -> Self {
        FilePart {
            body: FileBody::Bytes(bytes.into()),
            file_name: None,
            content_type: None,
        }
    }
    /// A streamed body (`reqwest::Body::wrap_stream`), with its length if known.
    pub fn stream(body: impl Into<reqwest::Body>, length: Option<u64>) -> Self {
        FilePart {
            body: FileBody::Stream(body.into(), length),
            file_name: None,
            content_type: None,
        }
    }
    /// The part's file name (`Content-Disposition: …; filename="…"`).
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }
    /// The part's Content-Type, instead of the spec's.
    pub fn content_type(mut self, mime: impl Into<String>) -> Self {
        self.content_type = Some(mime.into());
        self
    }
    /// The reqwest part, with its file name and content type.
    fn into_part(self) -> Result<reqwest::multipart::Part, String> {
        let mut part = match self.body {
            FileBody::Bytes(b) => reqwest::multipart::Part::stream_with_length(
                reqwest::Body::from(b.clone()),
                b.len() as u64,
            ),
            FileBody::Stream(s, Some(len)) => reqwest::multipart::Part::stream_with_length(s, len),
            FileBody::Stream(s, None) => reqwest::multipart::Part::stream(s),
        };
        if let Some(n) = self.file_name {
            part = part.file_name(n);
        }
        if let Some(ct) = self.content_type {
            part = part
                .mime_str(&ct)
                .map_err(|e| format!("content type {ct:?}: {e}"))?;
        }
        Ok(part)
    }
}

impl fmt::Debug for FilePart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let len = match &self.body {
            FileBody::Bytes(b) => Some(b.len() as u64),
            FileBody::Stream(_, l) => *l,
        };
        f.debug_struct("FilePart")
            .field("len", &len)
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .finish()
    }
}

impl Request {
    /// Add parts to the multipart form body (started by the first part).
    fn add_parts(&mut self, add: impl FnOnce(Form) -> Form) {
        let form = match self.body.take() {
            Some(Body::Multipart(Some(form))) => form,
            _ => Form::new(),
        };
        self.body = Some(Body::Multipart(Some(add(form))));
    }

    /// Add a text field to the multipart form, with the part's Content-Type when the spec
    /// gives one (none means `text/plain`).
    pub fn multipart_text(
        &mut self,
        name: &str,
        value: &impl fmt::Display,
        content_type: Option<&str>,
    ) {
        let mut part = reqwest::multipart::Part::text(value.to_string());
        if let Some(ct) = content_type {
            part = match part.mime_str(ct) {
                Ok(p) => p,
                Err(e) => return self.fail(format!("form field {name}: content type {ct:?}: {e}")),
            };
        }
        self.add_parts(|form| form.part(name.to_string(), part));
    }

    /// Add a JSON-encoded field to the multipart form.
    pub fn multipart_json(&mut self, name: &str, value: &impl Serialize, content_type: &str) {
        match serde_json::to_string(value) {
            Ok(s) => self.multipart_text(name, &s, Some(content_type)),
            Err(e) => self.fail(format!("form field {name}: {e}")),
        }
    }

    /// Add a multipart field in the style its `encoding` entry gives (e.g. a Swagger 2.0
    /// `collectionFormat`): a text part per item, not escaped — an unexploded array is one
    /// `a,b` part, an exploded one a part per item.
    pub fn multipart_styled(&mut self, name: &str, value: &impl Serialize, format: Format) {
        match serde_json::to_value(value) {
            Ok(v) => {
                let items = format.items(name, &v, Escape::Raw);
                self.add_parts(|form| items.into_iter().fold(form, |f, (k, t)| f.text(k, t)));
            }
            Err(e) => self.fail(format!("form field {name}: {e}")),
        }
    }

    /// Add a file field to the multipart form; its Content-Type is the one the caller set
    /// on the [`FilePart`], else `default_content_type` (the spec's).
    pub fn multipart_file(&mut self, name: &str, file: FilePart, default_content_type: &str) {
        let file = if file.content_type.is_none() {
            file.content_type(default_content_type)
        } else {
            file
        };
        match file.into_part() {
            Ok(part) => self.add_parts(|form| form.part(name.to_string(), part)),
            Err(e) => self.fail(format!("form field {name}: {e}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::OperationSpec;
    use super::*;

    static OP: OperationSpec = OperationSpec {
        id: "upload",
        method: super::super::HttpMethod::Post,
        path: "/upload",
        security: &[],
        servers: &[],
        accept: None,
    };

    #[test]
    fn a_bad_content_type_is_an_invalid_request_naming_the_field() {
        let mut request = Request::new(&OP);
        request.multipart_file(
            "photo",
            FilePart::bytes(&b"x"[..]).content_type("not a type"),
            "image/png",
        );
        let error = request.error().unwrap();
        assert!(
            error.starts_with("form field photo: content type \"not a type\""),
            "{error}"
        );
        let mut request = Request::new(&OP);
        request.multipart_text("note", &"hi", Some("text/plain"));
        request.multipart_file("photo", FilePart::bytes(&b"x"[..]), "image/png");
        request.multipart_styled("tags", &["a", "b"], Format::form(false));
        request.multipart_json("meta", &serde_json::json!({"a": 1}), "application/json");
        assert_eq!(request.error(), None);
        assert!(matches!(request.body, Some(Body::Multipart(Some(_)))));
    }

    #[test]
    fn the_callers_content_type_wins_over_the_specs() {
        let part = FilePart::bytes(&b"x"[..]).content_type("image/gif");
        assert_eq!(part.content_type.as_deref(), Some("image/gif"));
        let streamed = FilePart::stream(reqwest::Body::from("abc"), Some(3));
        assert!(format!("{streamed:?}").contains("len: Some(3)"));
        let unknown = FilePart::stream(reqwest::Body::from("abc"), None);
        assert!(format!("{unknown:?}").contains("len: None"));
    }
}
