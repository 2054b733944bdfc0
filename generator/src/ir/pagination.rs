//! A paged operation's pagination: what its `x-pagination` extension declares (in the spec,
//! an overlay or a config's `[pagination]` table), else what its parameters and response
//! show when they match one common shape and no other.
//!
//! ```yaml
//! x-pagination:
//!   kind: offset            # offset | page | cursor | next-url | link
//!   offset: startIndex      # offset: the query parameter of the items to skip
//!   limit: limit            # offset, cursor, link: the page-size query parameter
//!   page: page              # page: the page-number query parameter…
//!   perPage: per_page       # …its page-size query parameter…
//!   firstPage: 1            # …and the first page's number (default 1)
//!   cursor: after           # cursor: the query parameter the next cursor goes in
//!   next: /meta/next        # cursor, next-url: JSON pointer of the next cursor / URL
//!   items: /Items           # JSON pointer of the items array ("" or absent: the body)
//!   total: /TotalRecordCount  # JSON pointer of the total number of items
//!   hasMore: /hasMore       # JSON pointer of a boolean: false on the last page
//! ```
//!
//! `x-pagination: false` turns detection off for the operation.

use serde::Serialize;
use serde_json::{Map, Value};

use super::lower::Ctx;
use super::{Location, Operation, Param, Scalar, Success, Ty, TypeKind};
use crate::load::escape_pointer;

/// The extension that declares an operation's pagination.
pub const EXTENSION: &str = "x-pagination";

/// How a paged operation's pages follow one another, where a page's items are, and what
/// else the body says about the end. Parameter names are the wire names.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Pagination {
    #[serde(flatten)]
    pub kind: PageKind,
    /// The page's items array: `None` when the body is the array.
    pub items: Option<ItemsField>,
    /// One item's type.
    pub item_ty: Ty,
    /// JSON pointer of the total number of items (`/TotalRecordCount`).
    pub total: Option<String>,
    /// JSON pointer of a "more items follow" boolean (`/hasMore`).
    pub more: Option<String>,
    /// The builder field of the page-size parameter, when there is one.
    pub size: Option<SizeParam>,
    /// Detected from the operation's shape rather than declared.
    pub detected: bool,
}

/// The kinds of pagination (`x-pagination`'s `kind`).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PageKind {
    Offset {
        offset: String,
        limit: String,
    },
    Page {
        page: String,
        per_page: String,
        first: u64,
    },
    Cursor {
        param: String,
        next: String,
        limit: Option<String>,
    },
    NextUrl {
        next: String,
    },
    Link {
        limit: Option<String>,
    },
}

impl PageKind {
    /// The page-size parameter's wire name, if any.
    fn limit(&self) -> Option<&str> {
        match self {
            PageKind::Offset { limit, .. } => Some(limit),
            PageKind::Page { per_page, .. } => Some(per_page),
            PageKind::Cursor { limit, .. } | PageKind::Link { limit } => limit.as_deref(),
            PageKind::NextUrl { .. } => None,
        }
    }

    /// The query parameters it names (that the operation must have).
    fn params(&self) -> Vec<&str> {
        let mut out = match self {
            PageKind::Offset { offset, .. } => vec![offset.as_str()],
            PageKind::Page { page, .. } => vec![page.as_str()],
            PageKind::Cursor { param, .. } => vec![param.as_str()],
            PageKind::NextUrl { .. } | PageKind::Link { .. } => vec![],
        };
        out.extend(self.limit());
        out
    }
}

/// The property of the page that holds its items.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ItemsField {
    /// The property's name in JSON.
    pub name: String,
    /// Its JSON pointer in the body (`/Items`).
    pub pointer: String,
    /// The struct field.
    pub ident: String,
    /// How the field holds the array.
    pub holds: Holds,
}

/// How a struct field holds a value: as is, in an `Option`, or in a `runtime::Nullable`.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Holds {
    Plain,
    Option,
    Nullable,
}

/// The request builder's page-size field.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SizeParam {
    pub ident: String,
    pub required: bool,
}

/// Parameter names (lowercase) of each role, for detection.
const OFFSET: &[&str] = &["offset", "startindex", "start_index", "skip"];
const LIMIT: &[&str] = &[
    "limit",
    "per_page",
    "perpage",
    "page_size",
    "pagesize",
    "maxresults",
    "max_results",
];
const PAGE: &[&str] = &["page", "page_number", "pagenumber"];
const CURSOR: &[&str] = &[
    "cursor",
    "after",
    "page_token",
    "pagetoken",
    "next_token",
    "starting_after",
];
/// Body properties (lowercase) of each role, for detection.
const NEXT_CURSOR: &[&str] = &[
    "next_cursor",
    "nextcursor",
    "next_page_token",
    "nextpagetoken",
    "next_token",
];
const NEXT_URL: &[&str] = &["next", "next_url", "nexturl", "next_link", "nextlink"];
const TOTAL: &[&str] = &[
    "total",
    "total_count",
    "totalcount",
    "totalrecordcount",
    "total_results",
    "totalresults",
];
const MORE: &[&str] = &["has_more", "hasmore"];

/// The operation's pagination: declared, detected, or none. Errors in a declaration are
/// reported at the extension's pointer.
pub fn lower(ctx: &mut Ctx<'_>, op: &Map<String, Value>, o: &Operation) -> Option<Pagination> {
    let ptr = format!("{}/{EXTENSION}", o.pointer);
    match op.get(EXTENSION) {
        Some(Value::Bool(false)) => None,
        Some(decl) => match declared(ctx, decl, o) {
            Ok(p) => Some(p),
            Err(why) => {
                ctx.error(&ptr, format!("`{EXTENSION}`: {why}"));
                None
            }
        },
        None => detect(ctx, o),
    }
}

/// The page's type, followed through aliases: a struct's fields, or the item type when the
/// body is an array.
enum PageShape<'t> {
    Array(Ty),
    Struct(&'t [super::Field]),
}

fn page_shape<'t>(types: &'t super::table::TypeTable, o: &Operation) -> Option<PageShape<'t>> {
    let Success::One { ty } = &o.success else {
        return None;
    };
    let mut ty = ty;
    for _ in 0..8 {
        match ty {
            Ty::Vec(item) => return Some(PageShape::Array((**item).clone())),
            Ty::Box(inner) => ty = inner,
            Ty::Ref(id) => {
                let def = types.def(*id)?;
                match &def.kind {
                    TypeKind::Struct { fields, .. } => return Some(PageShape::Struct(fields)),
                    TypeKind::Alias { ty: inner, .. } => ty = inner,
                    _ => return None,
                }
            }
            _ => return None,
        }
    }
    None
}

/// A struct field's array: how the field holds it, and the item type.
fn array_of(ty: &Ty) -> Option<(Holds, Ty)> {
    let (holds, inner) = match ty {
        Ty::Option(t) => (Holds::Option, &**t),
        Ty::Nullable(t) => (Holds::Nullable, &**t),
        t => (Holds::Plain, t),
    };
    match inner {
        Ty::Vec(item) => Some((holds, (**item).clone())),
        _ => None,
    }
}

/// The scalar a field or parameter holds (through `Option`/`Nullable`).
fn scalar_of(ty: &Ty) -> Option<Scalar> {
    match ty {
        Ty::Option(t) | Ty::Nullable(t) | Ty::Box(t) => scalar_of(t),
        Ty::Scalar(s) => Some(*s),
        _ => None,
    }
}

fn is_integer(s: Scalar) -> bool {
    matches!(
        s,
        Scalar::I8
            | Scalar::I16
            | Scalar::I32
            | Scalar::I64
            | Scalar::I128
            | Scalar::U8
            | Scalar::U16
            | Scalar::U32
            | Scalar::U64
    )
}

fn items_field(f: &super::Field, holds: Holds) -> ItemsField {
    ItemsField {
        name: f.name.clone(),
        pointer: format!("/{}", escape_pointer(&f.name)),
        ident: f.ident.clone(),
        holds,
    }
}

fn query_param<'o>(o: &'o Operation, name: &str) -> Option<&'o Param> {
    o.params
        .iter()
        .find(|p| p.location == Location::Query && p.name == name)
}

fn size_param(o: &Operation, kind: &PageKind) -> Option<SizeParam> {
    let p = query_param(o, kind.limit()?)?;
    Some(SizeParam {
        ident: p.ident.clone(),
        required: p.required,
    })
}

fn declared(ctx: &Ctx<'_>, decl: &Value, o: &Operation) -> Result<Pagination, String> {
    let Value::Object(d) = decl else {
        return Err("must be an object (or `false`)".into());
    };
    const KEYS: &[&str] = &[
        "kind",
        "offset",
        "limit",
        "page",
        "perPage",
        "firstPage",
        "cursor",
        "next",
        "items",
        "total",
        "hasMore",
    ];
    if let Some(k) = d.keys().find(|k| !KEYS.contains(&k.as_str())) {
        return Err(format!("unknown key `{k}` (known: {})", KEYS.join(", ")));
    }
    let text = |key: &str| -> Result<Option<String>, String> {
        match d.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(format!("`{key}` must be a string")),
        }
    };
    let need = |key: &str| -> Result<String, String> {
        text(key)?.ok_or_else(|| format!("`{key}` is required for this kind"))
    };
    let pointer = |key: &str| -> Result<Option<String>, String> {
        match text(key)? {
            Some(p) if !p.is_empty() && !p.starts_with('/') => Err(format!(
                "`{key}` must be a JSON pointer (`/{p}`), not `{p}`"
            )),
            other => Ok(other),
        }
    };
    let kind = match need("kind")?.as_str() {
        "offset" => PageKind::Offset {
            offset: need("offset")?,
            limit: need("limit")?,
        },
        "page" => PageKind::Page {
            page: need("page")?,
            per_page: need("perPage")?,
            first: match d.get("firstPage") {
                None => 1,
                Some(v) => v.as_u64().ok_or("`firstPage` must be 0 or 1")?,
            },
        },
        "cursor" => PageKind::Cursor {
            param: need("cursor")?,
            next: pointer("next")?.ok_or("`next` is required for this kind")?,
            limit: text("limit")?,
        },
        "next-url" => PageKind::NextUrl {
            next: pointer("next")?.ok_or("`next` is required for this kind")?,
        },
        "link" => PageKind::Link {
            limit: text("limit")?,
        },
        other => {
            return Err(format!(
                "unknown kind `{other}` (known: offset, page, cursor, next-url, link)"
            ))
        }
    };
    for name in kind.params() {
        if query_param(o, name).is_none() {
            return Err(format!("the operation has no query parameter `{name}`"));
        }
    }
    if let Some(p) = kind.limit().and_then(|l| query_param(o, l)) {
        if !scalar_of(&p.ty).is_some_and(is_integer) {
            return Err(format!(
                "the page-size parameter `{}` is not an integer",
                p.name
            ));
        }
    }
    let (items, item_ty) =
        match (page_shape(&ctx.table, o), pointer("items")?) {
            (None, _) => return Err(
                "the success response must be one JSON array, or one object with the items array"
                    .into(),
            ),
            (Some(PageShape::Array(item)), None) => (None, item),
            (Some(PageShape::Array(item)), Some(p)) if p.is_empty() => (None, item),
            (Some(PageShape::Array(_)), Some(p)) => {
                return Err(format!("`items` is {p:?} but the body is an array"))
            }
            (Some(PageShape::Struct(fields)), items) => {
                let found =
                    match items.as_deref() {
                        None | Some("") => {
                            let arrays: Vec<_> = fields
                                .iter()
                                .filter_map(|f| Some((f, array_of(&f.ty)?)))
                                .collect();
                            match arrays.as_slice() {
                                [one] => Some(one.clone()),
                                _ => return Err(
                                    "`items` is required: the body has no single array property"
                                        .into(),
                                ),
                            }
                        }
                        Some(p) => fields
                            .iter()
                            .find(|f| format!("/{}", escape_pointer(&f.name)) == p)
                            .and_then(|f| Some((f, array_of(&f.ty)?))),
                    };
                let Some((f, (holds, item))) = found else {
                    return Err(format!(
                        "`items` {:?} is not an array property of the response body",
                        items.unwrap_or_default()
                    ));
                };
                (Some(items_field(f, holds)), item)
            }
        };
    Ok(Pagination {
        size: size_param(o, &kind),
        kind,
        items,
        item_ty,
        total: pointer("total")?,
        more: pointer("hasMore")?,
        detected: false,
    })
}

/// The one common shape the operation has, if it has exactly one.
fn detect(ctx: &Ctx<'_>, o: &Operation) -> Option<Pagination> {
    let shape = page_shape(&ctx.table, o)?;
    let int_param = |names: &[&str]| -> Option<String> {
        let found: Vec<&Param> = o
            .params
            .iter()
            .filter(|p| {
                p.location == Location::Query
                    && names.contains(&p.name.to_ascii_lowercase().as_str())
                    && scalar_of(&p.ty).is_some_and(is_integer)
            })
            .collect();
        match found.as_slice() {
            [one] => Some(one.name.clone()),
            _ => None,
        }
    };
    let str_param = |names: &[&str]| -> Option<String> {
        let found: Vec<&Param> = o
            .params
            .iter()
            .filter(|p| {
                p.location == Location::Query
                    && names.contains(&p.name.to_ascii_lowercase().as_str())
                    && scalar_of(&p.ty).is_some_and(|s| s == Scalar::String || is_integer(s))
            })
            .collect();
        match found.as_slice() {
            [one] => Some(one.name.clone()),
            _ => None,
        }
    };
    let (items, item_ty, fields) = match shape {
        PageShape::Array(item) => (None, item, &[][..]),
        PageShape::Struct(fields) => {
            let arrays: Vec<_> = fields
                .iter()
                .filter_map(|f| Some((f, array_of(&f.ty)?)))
                .collect();
            let [(f, (holds, item))] = arrays.as_slice() else {
                return None;
            };
            (Some(items_field(f, *holds)), item.clone(), fields)
        }
    };
    let field = |names: &[&str], want: &dyn Fn(Scalar) -> bool| -> Option<String> {
        let found: Vec<_> = fields
            .iter()
            .filter(|f| {
                names.contains(&f.name.to_ascii_lowercase().as_str())
                    && scalar_of(&f.ty).is_some_and(want)
            })
            .collect();
        match found.as_slice() {
            [one] => Some(format!("/{}", escape_pointer(&one.name))),
            _ => None,
        }
    };
    let limit = int_param(LIMIT);
    let link_header = o.responses.iter().filter(|r| r.is_success).any(|r| {
        r.headers
            .iter()
            .any(|h| h.name.eq_ignore_ascii_case("link"))
    });
    let mut found = Vec::new();
    if let (Some(offset), Some(limit)) = (int_param(OFFSET), &limit) {
        found.push(PageKind::Offset {
            offset,
            limit: limit.clone(),
        });
    }
    let page = int_param(PAGE)
        .zip(limit.clone())
        .map(|(page, per_page)| PageKind::Page {
            page,
            per_page,
            first: 1,
        });
    if let (Some(param), Some(next)) = (
        str_param(CURSOR),
        field(NEXT_CURSOR, &|s| s == Scalar::String || is_integer(s)),
    ) {
        found.push(PageKind::Cursor {
            param,
            next,
            limit: limit.clone(),
        });
    }
    if let Some(next) = field(NEXT_URL, &|s| s == Scalar::String) {
        found.push(PageKind::NextUrl { next });
    }
    // A documented `Link` header wins over page numbers (GitHub documents both: the link
    // is the API's own next page).
    if link_header {
        found.push(PageKind::Link {
            limit: limit.clone(),
        });
    } else if let Some(page) = page {
        found.push(page);
    }
    let [kind] = <[PageKind; 1]>::try_from(found).ok()?;
    Some(Pagination {
        size: size_param(o, &kind),
        kind,
        items,
        item_ty,
        total: field(TOTAL, &is_integer),
        more: field(MORE, &|s| s == Scalar::Bool),
        detected: true,
    })
}
