//! Responses read as a stream of typed items rather than whole: `text/event-stream`
//! (server-sent events, each event's `data` one item) and JSON Lines
//! (`application/x-ndjson`, `application/jsonl`, one item per line). The item's schema is the
//! media type's `schema` (OpenAPI 3.2's `itemSchema`, which the converter moves there).

use serde::Serialize;
use serde_json::Value;

use super::lower::{keys_of, Ctx};
use super::names::pascal;
use super::types::{STRING, VALUE};
use super::{Scalar, Ty};
use crate::load::escape_pointer;

/// A success response's items, as a stream.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Streamed {
    pub kind: StreamKind,
    /// One item's type (an event's data; a line).
    pub item_ty: Ty,
    /// The item is text, read as is (an event's data without a JSON schema); else JSON.
    pub text: bool,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum StreamKind {
    /// `text/event-stream`.
    Events,
    /// `application/x-ndjson`, `application/jsonl` and their aliases.
    JsonLines,
}

/// The media types of a stream of items, and which kind each is.
pub fn stream_kind(media: &str) -> Option<StreamKind> {
    let m = media
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match m.as_str() {
        "text/event-stream" => Some(StreamKind::Events),
        "application/x-ndjson"
        | "application/jsonl"
        | "application/x-jsonlines"
        | "application/jsonlines" => Some(StreamKind::JsonLines),
        _ => None,
    }
}

/// The operation's streamed success response, if one of its 2xx responses (or its
/// `default`, when it has none) documents a stream media type.
pub fn lower(ctx: &mut Ctx<'_>, op_ptr: &str, stem: &str) -> Option<Streamed> {
    let responses_ptr = format!("{op_ptr}/responses");
    let keys = keys_of(ctx.doc.raw.pointer(&responses_ptr));
    let has_2xx = keys.iter().any(|k| k.starts_with('2'));
    for key in keys {
        if !(key.starts_with('2') || (!has_2xx && key == "default")) {
            continue;
        }
        let (r_ptr, Some(r)) = ctx.deref(&format!("{responses_ptr}/{}", escape_pointer(&key)))
        else {
            continue;
        };
        let Some(Value::Object(content)) = r.get("content") else {
            continue;
        };
        let Some((media, kind)) = content
            .keys()
            .find_map(|m| Some((m.clone(), stream_kind(m)?)))
        else {
            continue;
        };
        let schema_ptr = format!("{r_ptr}/content/{}/schema", escape_pointer(&media));
        let has_schema = ctx.doc.raw.pointer(&schema_ptr).is_some();
        let hint = match kind {
            StreamKind::Events => format!("{stem}Event"),
            StreamKind::JsonLines => format!("{stem}Item"),
        };
        let item_ty = if has_schema {
            let (t, nullable) = ctx.schema_ty(&schema_ptr, &pascal(&hint));
            if nullable {
                t.option()
            } else {
                t
            }
        } else if kind == StreamKind::Events {
            STRING
        } else {
            VALUE
        };
        let text = kind == StreamKind::Events && item_ty == Ty::Scalar(Scalar::String);
        return Some(Streamed {
            kind,
            item_ty,
            text,
        });
    }
    None
}
